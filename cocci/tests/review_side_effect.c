// the condition of the direction has a side effect: re-evaluated at the
// release it no longer gives what it gave at the pin
static int demo_budget(unsigned long addr, int n, struct page **pages, int nwrites)
{
	if (pin_user_pages_fast(addr, n, nwrites-- > 0 ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return nwrites;
}

static int demo_toggle(unsigned long addr, int n, struct page **pages, bool w)
{
	if (pin_user_pages_fast(addr, n, (w = !w) ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
