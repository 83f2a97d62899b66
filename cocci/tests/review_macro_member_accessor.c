// found by a review (12th): another function re-pins the member through an accessor macro
#include <linux/mm.h>
struct demo_req { struct page **pages; };
#define DEMO_PAGES(r) ((r)->pages)
static void demo_repin(struct demo_req *r, unsigned long u)
{
	unpin_user_pages(DEMO_PAGES(r), 4); /* REPORT */
	pin_user_pages_fast(u, 4, 0, DEMO_PAGES(r));
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, req->pages) != 4)
		return -EFAULT;
	demo_repin(req, uaddr);
	unpin_user_pages(req->pages, 4); /* REPORT */
	return 0;
}
