// release counts: ret on partial pins, npages after success, read pin
static int demo_frames(unsigned long start, unsigned int nr_frames, struct page **pages)
{
	int ret;

	ret = pin_user_pages_fast(start, nr_frames, FOLL_LONGTERM, pages);
	if (ret <= 0)
		return ret ? ret : -EFAULT;
	if (ret != nr_frames) {
		unpin_user_pages(pages, ret);
		return -EFAULT;
	}
	demo_use(pages, nr_frames);
	unpin_user_pages(pages, nr_frames);
	return 0;
}
