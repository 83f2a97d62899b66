// pages loaded from a member before a pin that a path skips: other pins of
// the file fill the member
struct ctx { struct page **pages; int n; };

int setup(struct ctx *c, unsigned long addr, int n)
{
	c->n = pin_user_pages_fast(addr, n, 0, c->pages);
	return c->n;
}

int run2(struct ctx *ctx, unsigned long addr, int n)
{
	struct page *local[16];
	struct page **pages;

	pages = ctx->pages;
	if (!pages) {
		pages = local;
		pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	}
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
