// found by a review (12th): another function stores other pages through a pointer to the member
#include <linux/mm.h>
struct demo_req { struct page **pages; struct page **ro_pages; };
static void demo_swap(struct demo_req *r)
{
	struct page ***pp = &r->pages;

	*pp = r->ro_pages;
}

static int demo(struct demo_req *req, unsigned long uaddr, int n)
{
	if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, req->pages) != n)
		return -EFAULT;
	demo_swap(req);
	unpin_user_pages(req->pages, n); /* REPORT */
	return 0;
}
