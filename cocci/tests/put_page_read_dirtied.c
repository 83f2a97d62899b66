// put_page() loop dirtying pages pinned for read: left to a person
static int demo_read_dirty(unsigned long start, int n, struct page **pages)
{
	int ret, i;

	ret = pin_user_pages_fast(start, n, FOLL_LONGTERM, pages);
	if (ret != n)
		return -EFAULT;
	for (i = 0; i < n; i++) {
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]); /* REPORT */
	}
	return 0;
}
