// write pin, conditional dirtying with a separate variable
static int demo_st_unmap(unsigned long uaddr, int nr_pages, struct page **pages, int dirtied)
{
	int res;

	res = pin_user_pages_fast(uaddr, nr_pages, FOLL_WRITE, pages);
	if (res < nr_pages)
		goto out_unmap;
	demo_io(pages, nr_pages);
	unpin_user_pages_dirty_lock(pages, nr_pages, dirtied);
	return 0;
out_unmap:
	if (res > 0)
		unpin_user_pages(pages, res);
	return -ENOMEM;
}
