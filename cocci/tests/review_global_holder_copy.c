// found by a review (13th): another function overwrites the file-scope struct that holds the member
#include <linux/mm.h>
struct demo_req { struct page **pages; int n; };
static struct demo_req demo_cur, demo_ro;
static void demo_reset(void)
{
	demo_cur = demo_ro;
}

static int demo(unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, demo_cur.pages) != 4)
		return -EFAULT;
	demo_reset();
	unpin_user_pages(demo_cur.pages, 4); /* REPORT */
	return 0;
}
