// found by a review (11th)
#include <linux/mm.h>
struct demo_dev { struct page *default_hdr; };
void demo_copy_hdr(struct demo_dev *dev, struct page *hdr);
void demo_dma(struct demo_dev *dev, struct page *hdr, struct page **pages, int n);

/* pins the data pages; gives the device's default header (a plain reference) in *hdr */
static int demo_pin_data(struct demo_dev *dev, struct page **data, struct page **hdr,
			 unsigned long du, int n)
{
	*hdr = dev->default_hdr;
	get_page(*hdr);
	return pin_user_pages_fast(du, n, FOLL_WRITE, data);
}

static int demo_submit(struct demo_dev *dev, unsigned long hu, unsigned long du, int n)
{
	struct page *h, *pages[16];
	int got;

	if (pin_user_pages_fast(hu, 1, FOLL_WRITE, &h) != 1)
		return -EFAULT;
	demo_copy_hdr(dev, h);
	put_page(h); /* REPORT */

	got = demo_pin_data(dev, pages, &h, du, n);
	if (got <= 0)
		return -EFAULT;
	demo_dma(dev, h, pages, got);
	unpin_user_pages(pages, got); /* REPORT */
	put_page(h); /* REPORT */
	return 0;
}
