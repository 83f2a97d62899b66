// write ? FOLL_WRITE : 0
static int demo_xfer(unsigned long uaddr, int nr_pages, struct page **pages, bool write)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, nr_pages, write ? FOLL_WRITE : 0, pages);
	if (ret < nr_pages) {
		if (ret > 0)
			unpin_user_pages(pages, ret);
		return -EFAULT;
	}
	ret = demo_submit(pages, nr_pages, write);
	unpin_user_pages(pages, nr_pages);
	return ret;
}
