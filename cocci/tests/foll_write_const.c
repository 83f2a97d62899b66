// pin with a constant FOLL_WRITE, early error release and final release
static int demo_map_write(unsigned long uaddr, int npages, struct page **pages)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, npages, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (ret < 0)
		return ret;
	if (ret != npages) {
		unpin_user_pages(pages, ret);
		return -EFAULT;
	}
	demo_do_dma(pages, npages);
	unpin_user_pages_dirty_lock(pages, npages, true);
	return 0;
}
