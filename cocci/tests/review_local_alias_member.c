// found by a review (10th): the pages of a member, released through a local copy of the pointer, on a
// path where this call pinned nothing (they are an earlier call's pins)
struct demo_dev {
	struct page **pages;
	int npages;
};

static int demo_rearm(struct demo_dev *dev, unsigned long uaddr, int n, bool write)
{
	struct page **pages = dev->pages;

	if (uaddr) {
		dev->npages = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
		if (dev->npages <= 0)
			return -EFAULT;
		demo_kick(dev);
	}
	unpin_user_pages(pages, dev->npages); /* REPORT */
	dev->npages = 0;
	return 0;
}
