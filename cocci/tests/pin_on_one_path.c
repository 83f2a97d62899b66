// the function pins into its parameter on one path only: on the other the
// pages come from its caller, pinned in any direction
static void demo_work(struct page **pages, unsigned long addr, int n, bool pin)
{
	if (pin)
		pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	unpin_user_pages(pages, n); /* REPORT */
}

static void demo_caller(unsigned long addr, int n)
{
	struct page *pages[16];

	pin_user_pages_fast(addr, n, 0, pages);
	demo_work(pages, addr, n, false);
}
