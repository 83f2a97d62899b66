// pages pinned for write, released folio by folio (io_uring-like)
static int demo_coalesce(unsigned long ubuf, int nr_pages, struct page **pages)
{
	int ret, i;

	ret = pin_user_pages_fast(ubuf, nr_pages, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (ret != nr_pages)
		return -EFAULT;
	for (i = 1; i < nr_pages; i++) {
		if (page_folio(pages[i]) == page_folio(pages[0]))
			unpin_user_folio(page_folio(pages[i]), 1);
	}
	return 0;
}
