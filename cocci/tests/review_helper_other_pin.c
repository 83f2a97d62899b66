// found by a review (10th): a helper that always pins the status page, and the caller's buffer only
// when a new address is given (else the buffer keeps the caller's pages)
static int demo_pin_req(struct demo_dev *dev, unsigned long uaddr, int n,
			struct page **pages)
{
	if (pin_user_pages_fast(dev->status_uaddr, 1, FOLL_WRITE, &dev->status) != 1)
		return -EFAULT;
	if (!uaddr)
		return n;
	return pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
}

static int demo_update(struct demo_dev *dev, unsigned long uaddr, int n,
		       struct page **pages)
{
	int got = demo_pin_req(dev, uaddr, n, pages);

	if (got < 0)
		return got;
	demo_dma(dev, pages, got);
	unpin_user_pages(pages, got); /* REPORT */
	return 0;
}
