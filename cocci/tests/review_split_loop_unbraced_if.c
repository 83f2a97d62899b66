// found by a review (9th): the dirty/put loop is the body of an if without braces
#include <linux/mm.h>

static int demo_dio(struct demo_dev *dev, unsigned long uaddr, int n, struct page **pages,
		    bool write)
{
	int pinned, i, ret;

	pinned = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
	if (pinned <= 0)
		return -EFAULT;
	ret = demo_xfer(dev, pages, pinned);
	if (ret >= 0)
		for (i = 0; i < pinned; i++) {
			if (write)
				set_page_dirty_lock(pages[i]);
			put_page(pages[i]);
		}
	return ret;
}
