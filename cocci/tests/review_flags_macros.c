// WRITE_ONCE() or get_user() before the pin sets the flags: a call the flags
// variable is passed to gives it a value that is not a constant; a macro in
// capitals that reads a variable is not a constant
static int demo_wonce(unsigned long addr, int n, struct page **pages, bool ro)
{
	unsigned int fl = FOLL_WRITE;

	if (ro)
		WRITE_ONCE(fl, 0);
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// get_user() fills the flags from user space
static int demo_get_user(unsigned long addr, int n, struct page **pages, unsigned int __user *uf)
{
	unsigned int fl = 0;

	if (get_user(fl, uf))
		return -EFAULT;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// an upper-case object-like macro that reads state
static int demo_state;
#define DEMO_WRITING (demo_state & 1)
static int demo_caps(unsigned long addr, int n, struct page **pages)
{
	if (pin_user_pages_fast(addr, n, DEMO_WRITING ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	demo_state++;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
