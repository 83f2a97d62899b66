// two releases with the same text in one function, only one of which a pin
// reaches: patch mode cannot tell them apart, so both are left to a person
static int demo_swap(struct demo_dev *dev, unsigned long uaddr, struct page **pages, int n)
{
	int ret;

	if (dev->busy) {
		unpin_user_pages(pages, n); /* REPORT */
		return -EBUSY;
	}
	ret = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (ret != n)
		return -EFAULT;
	if (demo_start(dev, pages)) {
		unpin_user_pages(pages, n); /* REPORT */
		return -EIO;
	}
	return 0;
}
