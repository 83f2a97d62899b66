// found by a review (12th): the array goes to a function pointer, which may pin into it again
#include <linux/mm.h>
static void demo_refill(struct page **p, unsigned long uaddr)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(uaddr, 4, 0, p);
}

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];
	void (*cb)(struct page **, unsigned long) = demo_refill;

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	cb(pages, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
