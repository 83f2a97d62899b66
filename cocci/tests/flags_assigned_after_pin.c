// the flags variable is assigned after the pin: the release may drop a pin
// of another direction
static int demo_two_pins(unsigned long a, unsigned long b, int n,
			 struct page **pa, struct page **pb)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long got;

	got = pin_user_pages_fast(a, n, gup_flags, pa);
	if (got != n)
		return -EFAULT;
	gup_flags = FOLL_LONGTERM | FOLL_WRITE;
	if (pin_user_pages_fast(b, n, gup_flags, pb) != n) {
		unpin_user_pages(pa, n); /* REPORT */
		return -EFAULT;
	}
	unpin_user_pages(pb, n);
	unpin_user_pages(pa, n); /* REPORT */
	return 0;
}
