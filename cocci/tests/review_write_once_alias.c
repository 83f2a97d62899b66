// found by a review (12th): the array is stored in a member with WRITE_ONCE(), which another function re-pins
#include <linux/mm.h>
struct demo_ctx { struct page **pages; };
static void demo_refresh(struct demo_ctx *c, unsigned long u)
{
	struct page **p = READ_ONCE(c->pages);

	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(struct demo_ctx *ctx, unsigned long uaddr)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	WRITE_ONCE(ctx->pages, pages);
	demo_refresh(ctx, uaddr);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
