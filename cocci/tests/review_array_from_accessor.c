// found by a review (11th)
#include <linux/mm.h>
struct page **demo_pages_of(struct demo_dev *dev);   /* returns dev's page array */
int demo_npages(struct demo_dev *dev);
void demo_kick(struct demo_dev *dev);

static int demo_update(struct demo_dev *dev, unsigned long uaddr, int n, bool write)
{
	struct page **pages = demo_pages_of(dev);
	int got = demo_npages(dev);

	if (uaddr) {
		got = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
		if (got <= 0)
			return -EFAULT;
		demo_kick(dev);
	}
	unpin_user_pages(pages, got); /* REPORT */
	return 0;
}
