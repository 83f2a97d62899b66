// found by a review (9th): fall back to the device's scratch page when no user page is given
#include <linux/mm.h>

int demo_scratch_page(struct demo_dev *dev, struct page **page);

static int demo_status(struct demo_dev *dev, unsigned long uaddr)
{
	struct page *page;

	if (!uaddr || pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1) {
		if (demo_scratch_page(dev, &page))
			return -ENOMEM;
	}
	demo_write_status(dev, page);
	put_page(page); /* REPORT */
	return 0;
}
