// the release reads a member that the local pin's pages reach on one path
// only: other pins of the file fill it
struct ctx { struct page **pages; int n; };

int setup(struct ctx *c, unsigned long addr, int n)
{
	c->n = pin_user_pages_fast(addr, n, 0, c->pages);
	return c->n;
}

int run(struct ctx *ctx, unsigned long addr, int n, bool replace)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);

	pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	if (replace)
		ctx->pages = pages;
	unpin_user_pages(ctx->pages, n); /* REPORT */
	return 0;
}
