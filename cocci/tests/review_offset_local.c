// found by a review (9th): the first entry is the driver's header page, the rest is the pinned user buffer
#include <linux/mm.h>

int demo_get_hdr_page(struct demo_dev *dev, struct page **page);

static int demo_send(struct demo_dev *dev, unsigned long uaddr, int n)
{
	struct page *pages[17];
	int pinned, i, ret;

	ret = demo_get_hdr_page(dev, &pages[0]);
	if (ret)
		return ret;
	pinned = pin_user_pages_fast(uaddr, n, 0, pages + 1);
	if (pinned != n) {
		ret = -EFAULT;
		goto out;
	}
	ret = demo_xmit(dev, pages, n + 1);
out:
	for (i = 0; i < pinned + 1; i++)
		put_page(pages[i]); /* REPORT */
	return ret;
}
