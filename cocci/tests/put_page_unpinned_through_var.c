// pages that were not pinned reach the array through a variable or a
// parameter
static void demo_rel(unsigned long a, int n, struct page **pages)
{
	int i, ret;
	struct page *page;

	ret = pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	for (i = ret; i < n; i++) {
		page = alloc_page(GFP_KERNEL);
		pages[i] = page;
	}
	demo_use(pages, n);
	for (i = 0; i < n; i++)
		put_page(pages[i]); /* REPORT */
}

static void demo_rel2(unsigned long a, int n, struct page **pages, struct page *zero)
{
	int i, ret;

	ret = pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	for (i = ret; i < n; i++)
		pages[i] = zero;
	demo_use(pages, n);
	for (i = 0; i < n; i++)
		put_page(pages[i]); /* REPORT */
}
