// found by a review: a file-scope flags variable, with a local of the same name in another block
unsigned int fl;	/* set elsewhere */

// the pin reads the file-scope fl; a block declares another fl later
static int demo_global(unsigned long addr, int n, struct page **pages)
{
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	{
		unsigned int fl = FOLL_WRITE;

		demo_use(fl);
	}
	return 0;
}

// same, a local in an earlier block
static int demo_global2(unsigned long addr, int n, struct page **pages, bool x)
{
	if (x) {
		unsigned int fl = 0;

		demo_use(fl);
	}
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// non-constant: the global is changed by a call between pin and release
static int demo_global3(unsigned long addr, int n, struct page **pages, bool x)
{
	if (x) {
		unsigned int fl = demo_get();

		demo_use(fl);
	}
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	demo_change_global();
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
