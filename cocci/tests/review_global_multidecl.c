// found by a review: a file-scope flags variable declared after another name, a local of the same name in another block
static unsigned int demo_mode, fl;	/* set elsewhere */

// the pin reads the file-scope fl (second declarator); an earlier block
// declares another fl with a constant
static int demo_global(unsigned long addr, int n, struct page **pages, bool x)
{
	if (x) {
		unsigned int fl = FOLL_WRITE;

		demo_use(fl);
	}
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// same, the global changes between pin and release
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
