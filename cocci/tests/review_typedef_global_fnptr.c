// found by a review (14th): a file-scope function pointer of a typedef'd type calls the re-pinning helper
#include <linux/mm.h>
typedef void demo_refill_t(struct page **p, unsigned long u);
static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static demo_refill_t *demo_cb = demo_refill;

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	demo_cb(pages, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
