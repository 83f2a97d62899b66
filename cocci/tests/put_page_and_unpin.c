// a put_page() of pages that an unpin of the same function releases too
// (the extra reference is taken by another function)
static void demo_ref(struct page **pg, int n)
{
	int i;

	for (i = 0; i < n; i++)
		get_page(pg[i]);
}

static void demo_rel(unsigned long a, int n, struct page **pages)
{
	int i;

	pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	demo_ref(pages, n);
	demo_use(pages, n);
	for (i = 0; i < n; i++)
		put_page(pages[i]); /* REPORT */
	unpin_user_pages(pages, n);
}
