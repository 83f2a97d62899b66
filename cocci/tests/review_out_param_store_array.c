// found by a review (12th): a helper of the file stores another page through *p of the array
#include <linux/mm.h>
static void demo_first(struct page **p, struct page *x)
{
	*p = x;
}

static int demo(struct demo_req *req, unsigned long uaddr)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	unpin_user_page(pages[0]); /* REPORT */
	demo_first(pages, req->ro_page);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
