// fl is a parameter, set to FOLL_WRITE on one path only: on the other
// path it keeps the caller's value (maybe 0: a read pin)
static int demo_param_if(unsigned long addr, int n, struct page **pages,
			 unsigned int fl, bool force)
{
	if (force)
		fl = FOLL_WRITE;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// same, |= on one path
static int demo_param_or(unsigned long addr, int n, struct page **pages,
			 unsigned int fl, bool force)
{
	if (force)
		fl |= FOLL_WRITE;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// the reverse: fl = 0 on one path, the caller may pass FOLL_WRITE
static int demo_param_zero(unsigned long addr, int n, struct page **pages,
			   unsigned int fl, bool ro)
{
	if (ro)
		fl = FOLL_LONGTERM;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
// the caller's gup_flags (maybe FOLL_WRITE) get FOLL_LONGTERM added
static int demo_longterm(unsigned long addr, int n, struct page **pages,
			 unsigned int gup_flags)
{
	int pinned;

	gup_flags |= FOLL_LONGTERM;
	pinned = pin_user_pages_fast(addr, n, gup_flags, pages);
	if (pinned != n)
		goto err;
	return 0;
err:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	return -EFAULT;
}

// a parameter ternary-tested elsewhere; gup_flags = 0 only on error path before
static int demo_param_reset(unsigned long addr, int n, struct page **pages,
			    unsigned int gup_flags)
{
	if (n > 1 << 20) {
		gup_flags = 0;
		return -EINVAL;
	}
	if (pin_user_pages_fast(addr, n, gup_flags, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
