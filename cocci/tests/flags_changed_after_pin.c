// the flags variable changes after the pin: the direction cannot be rebuilt
static int demo_two_steps(unsigned long a, unsigned long b, int n,
			  struct page **pa, struct page **pb, unsigned int flags)
{
	long got_a, got_b;

	got_a = pin_user_pages_fast(a, n, flags, pa);
	if (got_a != n)
		return -EFAULT;
	flags &= ~FOLL_WRITE;
	got_b = pin_user_pages_fast(b, n, flags, pb);
	if (got_b != n) {
		unpin_user_pages(pa, got_a); /* REPORT */
		return -EFAULT;
	}
	return 0;
}
