// read pin but make_dirty is true: left for a person
static int demo_peek(unsigned long uaddr, struct page **pages, int n)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, n, 0, pages);
	if (ret != n)
		return -EFAULT;
	demo_read(pages, n);
	unpin_user_pages_dirty_lock(pages, n, true); /* REPORT */
	return 0;
}
