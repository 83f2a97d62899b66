// found by a review (12th): the address of the member's first element goes to a re-pinning helper
#include <linux/mm.h>
struct demo_req { struct page *pages[4]; };
static void demo_refill(struct page **p, unsigned long u)
{
	unpin_user_pages(p, 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, p);
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, req->pages) != 4)
		return -EFAULT;
	demo_refill(&req->pages[0], uaddr);
	unpin_user_pages(req->pages, 4); /* REPORT */
	return 0;
}
