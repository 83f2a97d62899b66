// found by a review (13th): a pointer to the page variable goes to a helper that stores another page through it
#include <linux/mm.h>
struct demo_req { struct page *ro_page; };
static void demo_pick(struct page **pagep, struct demo_req *r)
{
	*pagep = r->ro_page;
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	struct page *page;
	struct page **pp = &page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, pp) != 1)
		return -EFAULT;
	demo_pick(pp, req);
	unpin_user_page(page); /* REPORT */
	return 0;
}
