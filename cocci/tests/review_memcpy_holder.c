// found by a review (12th): a helper given the holder overwrites it with memcpy()
#include <linux/mm.h>
struct demo_req { struct page **pages; int n; };
static void demo_reset(struct demo_req *r, const struct demo_req *tmpl)
{
	memcpy(r, tmpl, sizeof(*r));
}

static int demo(struct demo_req *req, const struct demo_req *ro, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, req->pages) != 4)
		return -EFAULT;
	unpin_user_pages(req->pages, 4); /* REPORT */
	demo_reset(req, ro);
	unpin_user_pages(req->pages, 4); /* REPORT */
	return 0;
}
