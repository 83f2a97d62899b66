// found by a review (10th): the status page is always pinned; the data pages are pinned from the user,
// or taken by demo_kernel_pages() (demo_kbuf.c, plain references)
static int demo_submit(struct demo_dev *dev, unsigned long status_uaddr,
		       unsigned long uaddr, void *kaddr, int n, bool is_user)
{
	struct page *status, *pages[16];
	int got, i;

	if (pin_user_pages_fast(status_uaddr, 1, FOLL_WRITE, &status) != 1)
		return -EFAULT;
	if (is_user)
		got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	else
		got = demo_kernel_pages(kaddr, n, pages);
	if (got > 0) {
		demo_dma(dev, pages, got, status);
		for (i = 0; i < got; i++)
			put_page(pages[i]); /* REPORT */
	}
	put_page(status);
	return 0;
}
