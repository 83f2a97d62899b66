// a flags variable without FOLL_WRITE, or'ed with FOLL_WRITE at the pin:
// a write pin
static int demo_or_write(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_LONGTERM;

	if (pin_user_pages_fast(addr, n, fl | FOLL_WRITE, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// same with a parameter flags variable that gets a constant
static int demo_or_write2(unsigned long addr, int n, struct page **pages, bool nowait)
{
	unsigned int fl = 0;

	if (nowait)
		fl = FOLL_NOWAIT;
	if (pin_user_pages_remote(NULL, addr, n, fl | FOLL_WRITE | FOLL_FORCE, pages, NULL) != n)
		return -EFAULT;
	unpin_user_pages_dirty_lock(pages, n, true); /* REPORT */
	return 0;
}
// a constant flags variable or'ed with the caller's flags (maybe FOLL_WRITE)
static int demo_or_var(unsigned long addr, int n, struct page **pages,
		       unsigned int extra)
{
	unsigned int fl = FOLL_LONGTERM;

	if (pin_user_pages_fast(addr, n, fl | extra, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// or'ed with a ternary
static int demo_or_tern(unsigned long addr, int n, struct page **pages, bool w)
{
	unsigned int fl = FOLL_LONGTERM;

	if (pin_user_pages_fast(addr, n, fl | (w ? FOLL_WRITE : 0), pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// or'ed with a macro (FOLL_ names only are understood)
#define DEMO_GUP_W (FOLL_WRITE | FOLL_FORCE)
static int demo_or_macro(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_LONGTERM;

	if (pin_user_pages_fast(addr, n, fl | DEMO_GUP_W, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
