// set_page_dirty_lock() + put_page() loop after a write pin
static int demo_info_getsockopt(unsigned long start, unsigned long nr_pages,
				struct page **pages)
{
	int ret;
	unsigned long i;

	ret = pin_user_pages_fast(start, nr_pages, FOLL_WRITE, pages);
	if (ret != nr_pages)
		return -EFAULT;
	demo_fill(pages, nr_pages);
	for (i = 0; i < nr_pages; i++) {
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return 0;
}
