// found by a review (12th): on a path without a pin the pages come from a member no pin of the function fills
#include <linux/mm.h>
static int demo(struct demo_req *req, unsigned long uaddr, int n, int cached)
{
	struct page **pages;

	if (cached) {
		pages = req->ro_cache;
	} else {
		pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
		if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages) != n)
			return -EFAULT;
	}
	demo_use(pages, n);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
