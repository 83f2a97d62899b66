// found by a review (9th): re-arm: pin a new buffer when one is given, then drop the device's buffer
#include <linux/mm.h>

struct demo_dev {
	struct page *pages[16];
	int npages;
};

static void demo_rearm(struct demo_dev *dev, unsigned long uaddr, bool write)
{
	if (uaddr) {
		dev->npages = pin_user_pages_fast(uaddr, 16, write ? FOLL_WRITE : 0,
						  dev->pages);
		demo_kick(dev);
	}
	unpin_user_pages(dev->pages, dev->npages); /* REPORT */
	dev->npages = 0;
}
