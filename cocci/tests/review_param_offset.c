// the caller pins the first page for read, the callee pins the rest for
// write into the same array and releases the whole array
static int demo_rest(unsigned long addr, int n, struct page **pages)
{
	if (pin_user_pages_fast(addr + PAGE_SIZE, n - 1, FOLL_WRITE, pages + 1) != n - 1)
		return -EFAULT;
	demo_io(pages, n);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

static int demo_all(unsigned long hdr, unsigned long addr, int n)
{
	struct page *pages[16];

	if (pin_user_pages_fast(hdr, 1, 0, pages) != 1)
		return -EFAULT;
	return demo_rest(addr, n, pages);
}
