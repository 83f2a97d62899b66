// already uses the new API: nothing to do
static int demo_done(unsigned long uaddr, int n, struct page **pages, bool write)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
	if (ret != n) {
		if (ret > 0)
			put_user_pages(pages, ret, write);
		return -EFAULT;
	}
	demo_io(pages, n);
	if (write)
		put_user_pages_dirty_lock(pages, n, true);
	else
		put_user_pages(pages, n, false);
	return 0;
}
