// the address of the direction is taken before the pin: it may change
// through that pointer after the pin
static int demo_alias(unsigned long addr, int n, struct page **pages, bool w)
{
	bool *pw = &w;

	if (pin_user_pages_fast(addr, n, w ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	*pw = false;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
