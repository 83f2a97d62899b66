// a put_page() of pages a reference was also taken on may drop that
// reference rather than the pin: it is reported, the unpin converted
static int demo_get_put(unsigned long addr, struct page **pages)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	get_page(pages[0]);
	demo_submit(pages[0]);
	put_page(pages[0]); /* REPORT */
	unpin_user_pages(pages, 1);
	return 0;
}

// the reference taken in one loop, dropped in another
static int demo_get_loops(unsigned long addr, int n, struct page **pages)
{
	int i, j;

	if (pin_user_pages_fast(addr, n, FOLL_WRITE, pages) != n)
		return -EFAULT;
	for (i = 0; i < n; i++)
		get_page(pages[i]);
	demo_submit_all(pages, n);
	for (j = 0; j < n; j++)
		put_page(pages[j]); /* REPORT */
	unpin_user_pages(pages, n);
	return 0;
}

// the reference taken through another variable, or on the folio
static int demo_get_alias(unsigned long addr, struct page **pages)
{
	struct page *pg;

	if (pin_user_pages_fast(addr, 1, 0, pages) != 1)
		return -EFAULT;
	pg = pages[0];
	page_ref_inc(pg);
	demo_submit(pages[0]);
	put_page(pages[0]); /* REPORT */
	unpin_user_page(pg);
	return 0;
}

static int demo_get_folio(unsigned long addr, struct page **pages)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	folio_get(page_folio(pages[0]));
	demo_submit(pages[0]);
	put_page(pages[0]); /* REPORT */
	unpin_user_pages(pages, 1);
	return 0;
}
