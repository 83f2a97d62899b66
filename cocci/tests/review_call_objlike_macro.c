// found by a review (13th): an object-like macro names the re-pinning helper
#include <linux/mm.h>
static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

#define DEMO_REFILL demo_refill

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	DEMO_REFILL(pages, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
