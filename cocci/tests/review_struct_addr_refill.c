// found by a review (10th): a request on the stack: pinned page first, then a status page that
// demo_get_status() (another file) takes a plain reference on
struct demo_xfer {
	struct page *page;
	unsigned int off, len;
};

static int demo_xfer_one(struct demo_dev *dev, unsigned long uaddr)
{
	struct demo_xfer x = {};
	int ret;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &x.page) != 1)
		return -EFAULT;
	x.off = offset_in_page(uaddr);
	x.len = PAGE_SIZE - x.off;
	demo_copy_in(dev, &x);
	put_page(x.page); /* REPORT */

	ret = demo_get_status(dev, &x);
	if (ret)
		return ret;
	demo_copy_in(dev, &x);
	put_page(x.page); /* REPORT */
	return 0;
}
