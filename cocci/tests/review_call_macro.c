// found by a review (12th): the array goes to a macro of the file that calls a function re-pinning it
#include <linux/mm.h>
static void demo_refill(struct page **p, unsigned long uaddr)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(uaddr, 4, 0, p);
}
#define DEMO_REFILL(p, u) demo_refill(p, u)

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	DEMO_REFILL(pages, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
