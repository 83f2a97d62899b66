// found by a review (13th): a helper overwrites the embedded struct that holds the member
#include <linux/mm.h>
struct demo_buf { struct page **pages; int n; };
struct demo_req { struct demo_buf buf; };
static void demo_reset(struct demo_req *r, const struct demo_buf *tmpl)
{
	r->buf = *tmpl;
}

static int demo(struct demo_req *req, const struct demo_buf *ro, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, req->buf.pages) != 4)
		return -EFAULT;
	demo_reset(req, ro);
	unpin_user_pages(req->buf.pages, 4); /* REPORT */
	return 0;
}
