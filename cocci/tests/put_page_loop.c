// put_page() loop over a pinned array (a bug today: pins must be unpinned)
static int demo_info_read(unsigned long start, unsigned long nr_pages, struct page **pages)
{
	int ret, i;

	ret = pin_user_pages_fast(start, nr_pages, FOLL_LONGTERM, pages);
	if (ret != nr_pages)
		return -EFAULT;
	demo_parse(pages, nr_pages);
	for (i = 0; i < nr_pages; i++)
		put_page(pages[i]);
	return 0;
}
