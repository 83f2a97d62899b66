// found by a review (13th): the array goes into a member through ?:, and the holder to a re-pinning helper
#include <linux/mm.h>
struct demo_ctx { struct page **pages; struct page **vec[2]; };
static void demo_refresh(struct demo_ctx *c, unsigned long u)
{
	struct page **p = c->pages;

	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(struct demo_ctx *ctx, unsigned long uaddr, int n)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	ctx->pages = n ? pages : NULL;
	demo_refresh(ctx, uaddr);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
