// found by a review (14th): the address of part of the array goes into an element of a member a helper re-pins
#include <linux/mm.h>
struct demo_ctx { struct page **chunk[2]; };
static void demo_refresh(struct demo_ctx *c, unsigned long u)
{
	struct page **p = c->chunk[1];

	unpin_user_pages(p, 2); /* REPORT */
	pin_user_pages_fast(u, 2, 0, p);
}

static int demo(struct demo_ctx *ctx, unsigned long uaddr)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	ctx->chunk[1] = &pages[2];
	demo_refresh(ctx, uaddr);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
