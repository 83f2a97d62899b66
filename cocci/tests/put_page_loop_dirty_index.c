// make_dirty that reads the index of the loop cannot be one argument of
// one put_user_pages_dirty_lock() call for the whole array
static int demo_dirty_each(unsigned long addr, int n, struct page **pages, bool *dirty)
{
	int i;

	if (pin_user_pages_fast(addr, n, FOLL_WRITE, pages) != n)
		return -EFAULT;
	demo_use(pages);
	for (i = 0; i < n; i++) {
		if (dirty[i])
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]); /* REPORT */
	}
	return 0;
}
