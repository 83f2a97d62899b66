// pages that were not pinned are stored into the array: its put_page() loop
// does not release pins only
static void demo_rel(unsigned long a, int n, struct page **pages)
{
	int i, ret;

	ret = pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	for (i = ret; i < n; i++)
		pages[i] = alloc_page(GFP_KERNEL);
	demo_use(pages, n);
	for (i = 0; i < n; i++)
		put_page(pages[i]); /* REPORT */
}
