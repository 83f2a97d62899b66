// found by a review (14th): the array goes into a member through a bracketed ?:
#include <linux/mm.h>
struct demo_ctx { struct page **pages; };
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
	ctx->pages = (n ? NULL : pages);
	demo_refresh(ctx, uaddr);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
