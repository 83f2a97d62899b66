// a static flags variable keeps FOLL_WRITE from an earlier call, and another
// call may change it before the release
static int demo_static(unsigned long addr, int n, struct page **pages, bool w)
{
	static unsigned int fl = FOLL_LONGTERM;

	if (w)
		fl |= FOLL_WRITE;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
