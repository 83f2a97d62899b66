// found by a review (12th): a helper of the file stores another page through its out-parameter
#include <linux/mm.h>
static void demo_pick(struct demo_req *r, struct page **pagep)
{
	*pagep = r->ro_page;
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	demo_use(page);
	unpin_user_page(page); /* REPORT */
	demo_pick(req, &page);
	unpin_user_page(page); /* REPORT */
	return 0;
}
