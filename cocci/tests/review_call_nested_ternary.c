// found by a review (14th): the array is an operand of a nested ?: given to a re-pinning helper
#include <linux/mm.h>
static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];
	struct page *other[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	demo_refill(u2 ? pages : uaddr ? other : NULL, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
