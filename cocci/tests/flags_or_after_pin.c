// gup_flags that gain FOLL_WRITE after the pin: the pin was taken for read,
// the next one of the loop for write; nothing can be said of the release
static int demo_rw_pages(unsigned long uaddr, int n, struct page **pages, int mode)
{
	unsigned int flags = 0;
	long got;

	got = pin_user_pages_fast(uaddr, n, flags, pages);
	if (mode == DEMO_RW)
		flags |= FOLL_WRITE;
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got); /* REPORT */
		return -EFAULT;
	}
	demo_io(pages, n, flags);
	unpin_user_pages_dirty_lock(pages, n, mode == DEMO_RW); /* REPORT */
	return 0;
}

// the same in a loop: the "if" is after the pin of the first iteration
static int demo_rw_loop(unsigned long uaddr, int n, struct page **pages, int mode)
{
	unsigned int flags = FOLL_LONGTERM;
	int i;

	for (i = 0; i < n; i++) {
		if (pin_user_pages_fast(uaddr + i * PAGE_SIZE, 1, flags, &pages[i]) != 1) {
			unpin_user_pages(pages, i); /* REPORT */
			return -EFAULT;
		}
		if (mode == DEMO_RW)
			flags |= FOLL_WRITE;
	}
	return 0;
}
