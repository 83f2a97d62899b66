// the flags variable is set again between "if (w) fl |= FOLL_WRITE" and the
// pin: the "if" does not give the direction, "fl & FOLL_WRITE" does
static int demo_reset(unsigned long addr, int n, struct page **pages, bool w, bool nowait)
{
	unsigned int fl = FOLL_LONGTERM;

	if (w)
		fl |= FOLL_WRITE;
	if (nowait)
		fl = FOLL_LONGTERM | FOLL_NOWAIT;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

// "|=" after the "if": "fl & FOLL_WRITE" as well
static int demo_more(unsigned long addr, int n, struct page **pages, bool w, bool nowait)
{
	unsigned int fl = FOLL_LONGTERM;

	if (w)
		fl |= FOLL_WRITE;
	if (nowait)
		fl |= FOLL_NOWAIT;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
