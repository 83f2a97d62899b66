// found by a review (10th): calls given the address of the pages: pages + 1, &pages[n], a cast &page
static int demo_a(struct demo_dev *dev, unsigned long uaddr, int n)
{
	struct page *pages[17];
	int got, i;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	demo_add_trailer(dev, pages + got);
	for (i = 0; i <= got; i++)
		put_page(pages[i]); /* REPORT */
	return 0;
}

static int demo_b(struct demo_dev *dev, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	put_page(page); /* REPORT */
	demo_lookup(dev, (void **)&page);
	put_page(page); /* REPORT */
	return 0;
}
