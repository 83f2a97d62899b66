// found by a review (11th)
#include <linux/mm.h>
int demo_kernel_pages(void *kaddr, int n, struct page **pages);
void demo_dma(struct demo_dev *dev, struct page **pages, int n);

static int demo_submit(struct demo_dev *dev, unsigned long trailer_uaddr,
		       unsigned long uaddr, void *kaddr, int n, bool is_user)
{
	struct page *pages[17];
	int got, i;

	if (is_user)
		got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	else
		got = demo_kernel_pages(kaddr, n, pages);
	if (got <= 0)
		return -EFAULT;
	if (pin_user_pages_fast(trailer_uaddr, 1, FOLL_WRITE, &pages[got]) != 1)
		return -EFAULT;
	demo_dma(dev, pages, got + 1);
	for (i = 0; i < got + 1; i++)
		put_page(pages[i]); /* REPORT */
	return 0;
}
