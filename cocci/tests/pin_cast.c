// pins whose pages argument has a cast count like the others
static void demo_cast_pages(unsigned long a, int n, void **buf)
{
	struct page **pages = (struct page **)buf;

	pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	unpin_user_pages(pages, n); /* REPORT */
	pin_user_pages_fast(a, n, 0, (struct page **)buf);
	unpin_user_pages(pages, n); /* REPORT */
}

static void demo_cast_folios(struct file *f, unsigned long a, struct folio **folios, int n)
{
	pgoff_t off;
	int ret;

	ret = memfd_pin_folios(f, 0, 4096, folios, n, &off);
	unpin_folios(folios, ret); /* REPORT */
	ret = pin_user_pages_fast(a, n, 0, (struct page **)folios);
	unpin_folios(folios, ret); /* REPORT */
}
