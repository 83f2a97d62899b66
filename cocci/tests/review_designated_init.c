// found by a review (9th): two kinds of requests: reads fill the user buffer (write pin), writes send it (read pin)
#include <linux/mm.h>

struct demo_req {
	struct page **pages;
	int npages;
};

static void demo_req_done(struct demo_req *r)
{
	unpin_user_pages(r->pages, r->npages); /* REPORT */
}

static int demo_read(struct demo_dev *dev, struct demo_req *r, unsigned long uaddr, int n)
{
	r->npages = pin_user_pages_fast(uaddr, n, FOLL_WRITE, r->pages);
	if (r->npages != n)
		return -EFAULT;
	return demo_queue(dev, r);
}

static int demo_write(struct demo_dev *dev, struct page **pages, unsigned long uaddr, int n)
{
	int pinned = pin_user_pages_fast(uaddr, n, 0, pages);
	struct demo_req r = {
		.pages = pages,
		.npages = pinned,
	};

	if (pinned != n)
		return -EFAULT;
	demo_queue_sync(dev, &r);
	demo_req_done(&r);
	return 0;
}
