// found by a review (10th): a request's page is a pinned user page, or for a kernel request a page
// that demo_get_bounce() (demo_bounce.c) takes a reference on; the
// completion puts it
struct demo_req {
	struct page *page;
	unsigned int len;
};

static void demo_req_done(struct demo_req *r)
{
	put_page(r->page);
	r->page = NULL;
}

static int demo_user_req(struct demo_dev *dev, struct demo_req *r, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &r->page) != 1)
		return -EFAULT;
	return demo_queue(dev, r);
}

static int demo_kernel_req(struct demo_dev *dev, struct demo_req *r)
{
	int ret = demo_get_bounce(dev, &r->page);

	if (ret)
		return ret;
	return demo_queue(dev, r);
}
