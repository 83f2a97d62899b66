// gup_flags from a macro that is not a FOLL_* flag, or from a number:
// either may hold FOLL_WRITE, so the direction is not known
#define DEMO_GUP_FLAGS (FOLL_WRITE | FOLL_LONGTERM)

static int demo_pin_macro(unsigned long uaddr, int n, struct page **pages)
{
	long got;

	got = pin_user_pages_fast(uaddr, n, DEMO_GUP_FLAGS, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got); /* REPORT */
		return -EFAULT;
	}
	return 0;
}

static int demo_pin_number(unsigned long uaddr, int n, struct page **pages)
{
	long got;

	got = pin_user_pages_fast(uaddr, n, 1, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got); /* REPORT */
		return -EFAULT;
	}
	return 0;
}
