// found by a review: a helper that pins in both directions (through another helper or a copy of its parameter)
// a helper that pins for read
static int demo_pin_read(unsigned long addr, int n, struct page **pages)
{
	return pin_user_pages_fast(addr, n, FOLL_LONGTERM, pages);
}

// a helper that pins for write itself, or for read through the helper above
static int demo_pin_any(unsigned long addr, int n, struct page **pages, bool w)
{
	if (!w)
		return demo_pin_read(addr, n, pages);
	return pin_user_pages_fast(addr, n, FOLL_WRITE | FOLL_LONGTERM, pages);
}

static int demo_user(unsigned long addr, int n, struct page **pages, bool w)
{
	if (demo_pin_any(addr, n, pages, w) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
