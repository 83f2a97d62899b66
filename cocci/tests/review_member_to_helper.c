// found by a review (12th): the member goes to a helper of the file that re-pins it for read
#include <linux/mm.h>
static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, req->pages) != 4)
		return -EFAULT;
	demo_refill(req->pages, uaddr);
	unpin_user_pages(req->pages, 4); /* REPORT */
	return 0;
}
