// read pin released with make_dirty == 0
static long demo_read_only(unsigned long start, unsigned long n, struct page **list)
{
	long pinned;

	pinned = pin_user_pages(start, n, FOLL_LONGTERM, list);
	if (pinned < 0)
		return pinned;
	if (demo_check(list, pinned)) {
		unpin_user_pages_dirty_lock(list, pinned, 0);
		return -EIO;
	}
	demo_consume(list, pinned);
	unpin_user_pages_dirty_lock(list, pinned, false);
	return 0;
}
