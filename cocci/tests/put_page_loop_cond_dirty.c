// conditional dirtying in a put_page() loop: write pin and ternary pin
static int demo_loop_write(unsigned long start, int n, struct page **pages, bool dirty)
{
	int ret, i;

	ret = pin_user_pages_fast(start, n, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (ret != n)
		return -EFAULT;
	demo_fill(pages, n);
	for (i = 0; i < n; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return 0;
}

static int demo_loop_dir(unsigned long start, int n, struct page **pages, bool write)
{
	int ret, i;

	ret = pin_user_pages_fast(start, n, write ? FOLL_WRITE : 0, pages);
	if (ret != n)
		return -EFAULT;
	demo_fill(pages, n);
	for (i = 0; i < n; i++) {
		if (write)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return 0;
}
