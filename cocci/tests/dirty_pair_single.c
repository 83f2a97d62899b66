// set_page_dirty_lock(page); put_page(page); on a page pinned through &page
static int demo_log_write(unsigned long log, u64 bit)
{
	struct page *page;
	void *base;
	int r;

	r = pin_user_pages_fast(log, 1, FOLL_WRITE, &page);
	if (r < 0)
		return r;
	base = kmap_atomic(page);
	set_bit(bit, base);
	kunmap_atomic(base);
	set_page_dirty_lock(page);
	put_page(page);
	return 0;
}

static int demo_log_maybe(unsigned long log, u64 bit, bool write)
{
	struct page *page;
	int r;

	r = pin_user_pages_fast(log, 1, write ? FOLL_WRITE : 0, &page);
	if (r < 0)
		return r;
	demo_touch(page, bit);
	if (write)
		set_page_dirty_lock(page);
	put_page(page);
	return 0;
}
