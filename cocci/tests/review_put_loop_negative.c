// found by a review (9th): put_page() loop whose count is the signed return of the pin
#include <linux/mm.h>

static int demo_dma_map(struct demo_dev *dev, unsigned long uaddr, int nr)
{
	struct page **pages;
	int pinned, i, ret = 0;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned != nr) {
		ret = -EFAULT;
		goto out;
	}
	ret = demo_xfer(dev, pages, nr);
out:
	for (i = 0; i < pinned; i++)
		put_page(pages[i]);
	kfree(pages);
	return ret;
}
