// found by a review (12th): a file-scope array goes to a helper of the file that re-pins it for read
#include <linux/mm.h>
static struct page *demo_pages[4];

static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, demo_pages) != 4)
		return -EFAULT;
	demo_refill(demo_pages, uaddr);
	unpin_user_pages(demo_pages, 4); /* REPORT */
	return 0;
}
