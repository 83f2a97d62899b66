// found by a review (10th): user requests pin their pages; the device's own request (embedded in
// struct demo_dev) gets allocated pages; the completion puts them all
/* struct demo_req { struct page *pages[DEMO_MAX]; int npages; };
 * struct demo_dev { struct demo_req kreq; ... };  -- in demo.h */
#include "demo.h"

static void demo_req_done(struct demo_req *r)
{
	int i;

	for (i = 0; i < r->npages; i++)
		put_page(r->pages[i]);
	r->npages = 0;
}

static int demo_user_req(struct demo_dev *dev, struct demo_req *r,
			 unsigned long uaddr, int n)
{
	r->npages = pin_user_pages_fast(uaddr, n, FOLL_WRITE, r->pages);
	if (r->npages != n)
		return -EFAULT;
	return demo_queue(dev, r);
}

static int demo_init_kreq(struct demo_dev *dev, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		dev->kreq.pages[i] = alloc_page(GFP_KERNEL);
		if (!dev->kreq.pages[i])
			break;
	}
	dev->kreq.npages = i;
	return demo_queue(dev, &dev->kreq);
}
