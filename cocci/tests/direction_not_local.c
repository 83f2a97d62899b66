// a direction that reads a name that is not one variable of the function of
// the pin: a file-scope variable (another call may change it), a name
// declared twice in the function (which one the release reads is not seen)
static bool demo_write_mode;

static int demo_global(unsigned long addr, int n, struct page **pages)
{
	if (pin_user_pages_fast(addr, n, demo_write_mode ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	demo_use(pages, n);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

static int demo_shadow(unsigned long addr, int n, struct page **pages, bool w)
{
	if (pin_user_pages_fast(addr, n, w ? FOLL_WRITE : 0, pages) != n)
		return -EFAULT;
	{
		bool w = false;

		demo_use(pages, w);
	}
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// a local flags variable that only ever holds constants without FOLL_WRITE,
// and one set in two places, both with FOLL_WRITE: the direction is a constant
static int demo_consts(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_LONGTERM;

	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}

static int demo_consts_write(unsigned long addr, int n, struct page **pages, bool lt)
{
	unsigned int wfl;

	if (lt)
		wfl = FOLL_WRITE | FOLL_LONGTERM;
	else
		wfl = FOLL_WRITE;
	if (pin_user_pages_fast(addr, n, wfl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
