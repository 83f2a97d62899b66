// a call takes the address of the flags variable after the pin
static int demo_pin_adjust(unsigned long uaddr, int n, struct page **pages)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long got;

	got = pin_user_pages_fast(uaddr, n, gup_flags, pages);
	demo_adjust_flags(&gup_flags);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got); /* REPORT */
		return -EFAULT;
	}
	return 0;
}
