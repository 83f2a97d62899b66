// a direction that calls a function may not give the same at the release:
// reported for "E ? FOLL_WRITE : 0"; "if (E) fl |= FOLL_WRITE" falls back
// to "fl & FOLL_WRITE"
static int demo_ternary(unsigned long addr, int n, struct page **pages, struct demo_dev *d)
{
	if (pin_user_pages_fast(addr, n, demo_dir_write(d) ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	demo_use(d, pages);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

static int demo_if(unsigned long addr, int n, struct page **pages, struct demo_dev *d)
{
	unsigned int fl = 0;

	if (demo_dir_write(d))
		fl |= FOLL_WRITE;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	demo_use(d, pages);
	unpin_user_pages(pages, n);
	return 0;
}
