// found by a review (11th)
#include <linux/mm.h>
struct demo_dev { struct page *hdr; int id; };
void demo_dma(struct demo_dev *dev, struct page *hdr, struct page **pages, int n);

/* the default header: read by the device */
static int demo_set_default_hdr(struct demo_dev *dev, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 1, 0, &dev->hdr) != 1)
		return -EFAULT;
	return 0;
}

static int demo_pin_req(struct page **hdr, struct page **data, unsigned long du,
			unsigned long hu, int n)
{
	if (!hu)
		goto pin_data;
	if (pin_user_pages_fast(hu, 1, FOLL_WRITE, hdr) != 1)
		return -EFAULT;
pin_data:
	return pin_user_pages_fast(du, n, FOLL_WRITE, data);
}

static int demo_submit(struct demo_dev *dev, unsigned long du, unsigned long hu, int n)
{
	struct page *pages[16];
	int got;

	got = demo_pin_req(&dev->hdr, pages, du, hu, n);
	if (got < 0)
		return got;
	demo_dma(dev, dev->hdr, pages, got);
	unpin_user_pages(pages, got); /* REPORT */
	unpin_user_page(dev->hdr); /* REPORT */
	return 0;
}
