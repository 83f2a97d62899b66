// put_page(page) of a pinned page, and the same call in the same function on
// a page from get_user_pages_fast(): patch mode cannot tell them apart
static int demo_peek(unsigned long addr, bool pin)
{
	struct page *page;

	if (!pin) {
		if (get_user_pages_fast(addr, 1, 0, &page) != 1)
			return -EFAULT;
		demo_use(page);
		put_page(page);
		return 0;
	}
	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	demo_use(page);
	put_page(page); /* REPORT */
	return 0;
}

// the same page released with unpin_user_page() after a pin and with
// put_page() after get_user_pages_fast(): only the unpin is converted
static int demo_peek_other(unsigned long addr, bool pin)
{
	struct page *page;

	if (!pin) {
		if (get_user_pages_fast(addr, 1, 0, &page) != 1)
			return -EFAULT;
		put_page(page);
		return 0;
	}
	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	unpin_user_page(page);
	return 0;
}
