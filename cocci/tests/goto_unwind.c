// goto unwinding through several labels
static int demo_setup(struct demo_ctx *ctx, unsigned long uaddr, int n)
{
	struct page **pages;
	int pinned, ret;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned < 0) {
		ret = pinned;
		goto out_free;
	}
	if (pinned != n) {
		ret = -EFAULT;
		goto out_unpin;
	}
	ret = demo_map_sg(ctx, pages, n);
	if (ret)
		goto out_unpin;
	ret = demo_start(ctx);
	if (ret)
		goto out_unmap;
	ctx->pages = pages;
	return 0;

out_unmap:
	demo_unmap_sg(ctx);
out_unpin:
	unpin_user_pages(pages, pinned);
out_free:
	kfree(pages);
	return ret;
}
