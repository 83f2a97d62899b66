// found by a review (9th): the same variable, first for a pinned user page, then for the device's status page
#include <linux/mm.h>

int demo_get_status_page(struct demo_dev *dev, struct page **page);

static int demo_sync(struct demo_dev *dev, unsigned long uaddr)
{
	struct page *page;
	int ret;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	demo_copy_in(dev, page);
	put_page(page); /* REPORT */

	ret = demo_get_status_page(dev, &page);
	if (ret)
		return ret;
	demo_copy_in(dev, page);
	put_page(page); /* REPORT */
	return 0;
}
