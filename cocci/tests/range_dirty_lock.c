// unpin_user_page_range_dirty_lock: write pin keeps make_dirty, read pin with
// make_dirty false becomes put_user_page_range(), read pin dirtied is reported
static int demo_range_write(unsigned long uaddr, unsigned long n, struct page **pages)
{
	long got;

	got = pin_user_pages(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got <= 0)
		return -EFAULT;
	unpin_user_page_range_dirty_lock(pages[0], got, true);
	return 0;
}

static int demo_range_read(unsigned long uaddr, unsigned long n, struct page **pages)
{
	long got;

	got = pin_user_pages(uaddr, n, FOLL_LONGTERM, pages);
	if (got <= 0)
		return -EFAULT;
	unpin_user_page_range_dirty_lock(pages[0], got, false);
	return 0;
}

static int demo_range_read_dirtied(unsigned long uaddr, unsigned long n, struct page **pages)
{
	long got;

	got = pin_user_pages(uaddr, n, FOLL_LONGTERM, pages);
	if (got <= 0)
		return -EFAULT;
	unpin_user_page_range_dirty_lock(pages[0], got, true); /* REPORT */
	return 0;
}
