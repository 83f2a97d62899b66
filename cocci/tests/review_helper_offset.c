// found by a review (10th): demo_get_hdr() (demo_hdr.c) puts the header page in pages[0] with a
// reference; a helper of the file pins the user pages after it
static int demo_pin_user(unsigned long uaddr, int n, struct page **pages)
{
	return pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
}

static int demo_send(struct demo_dev *dev, unsigned long uaddr, int n)
{
	struct page *pages[17];
	int got, i, ret;

	ret = demo_get_hdr(dev, pages);
	if (ret)
		return ret;
	got = demo_pin_user(uaddr, n, pages + 1);
	if (got < 0)
		got = 0;
	ret = demo_submit(dev, pages, got + 1);
	for (i = 0; i < got + 1; i++)
		put_page(pages[i]);
	return ret;
}

static int demo_send_inline(struct demo_dev *dev, unsigned long uaddr, int n)
{
	struct page *pages[17];
	int got, i, ret;

	ret = demo_get_hdr(dev, pages);
	if (ret)
		return ret;
	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages + 1);
	if (got < 0)
		got = 0;
	ret = demo_submit(dev, pages, got + 1);
	for (i = 0; i < got + 1; i++)
		put_page(pages[i]); /* REPORT */
	return ret;
}
