// the old page of dev->page: not reached by the pin, but only this pin fills dev->page
static int demo_replace(struct demo_dev *dev, unsigned long uaddr)
{
	struct page *page;

	if (dev->page)
		unpin_user_page(dev->page); /* REPORT */
	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	dev->page = page;
	return 0;
}
