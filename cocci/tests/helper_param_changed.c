// a helper that pins changes its direction parameter before the pin: the
// argument of a call does not say what the pin read
static int demo_pin_buf(unsigned long addr, int n, struct page **pages, bool write)
{
	if (!demo_writable(addr))
		write = false;
	return pin_user_pages_fast(addr, n, write ? FOLL_WRITE : 0, pages);
}

static int demo_user(unsigned long addr, int n, struct page **pages)
{
	if (demo_pin_buf(addr, n, pages, true) != n)
		return -EFAULT;
	demo_use(pages);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
