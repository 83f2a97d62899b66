// a put_page() that drops the reference a get_page() of the same page took
// is not a release of the pin; the unpin after it is
static int demo_get_put(unsigned long addr, struct page **pages)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return -EFAULT;
	get_page(pages[0]);
	demo_submit(pages[0]);
	put_page(pages[0]);
	unpin_user_pages(pages, 1);
	return 0;
}
