// two declarators, the second one is the flags
static int demo_multi(unsigned long addr, int n, struct page **pages)
{
	int a, fl = FOLL_WRITE;

	a = n;
	if (pin_user_pages_fast(addr, a, fl, pages) != a)
		return -EFAULT;
	unpin_user_pages(pages, a);
	return 0;
}

// address taken in the same declaration, flags cleared through it
static int demo_multi_addr(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_WRITE, *p = &fl;

	*p = 0;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// address taken in a separate declaration initializer
static int demo_addr_decl(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_WRITE;
	unsigned int *p = &fl;

	*p = 0;
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}

// a for-loop declaration shadows the outer fl
static int demo_for_shadow(unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = FOLL_WRITE;

	demo_use(fl);
	for (unsigned int fl = 0; n; n--) {
		if (pin_user_pages_fast(addr, 1, fl, pages) != 1)
			return -EFAULT;
		unpin_user_pages(pages, 1); /* REPORT */
	}
	return 0;
}
