// found by a review (13th): a helper swaps another page into the array
#include <linux/mm.h>
struct demo_req { struct page *ro_page; };
static void demo_swap_in(struct page **p, struct demo_req *r)
{
	swap(p[0], r->ro_page);
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	demo_swap_in(pages, req);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
