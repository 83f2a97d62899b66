// found by a review (10th): a helper of the file that pins, called in one operand of ?: only
static int demo_pin_user(unsigned long uaddr, int n, struct page **pages)
{
	return pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
}

static int demo_map(struct demo_dev *dev, unsigned long uaddr, void *kaddr, int n,
		    bool is_user)
{
	struct page *pages[16];
	int got, i;

	got = is_user ? demo_pin_user(uaddr, n, pages) :
			demo_kernel_pages(kaddr, n, pages);
	if (got <= 0)
		return -EFAULT;
	demo_dma(dev, pages, got);
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return 0;
}
