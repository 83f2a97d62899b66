// read pin: no FOLL_WRITE at all
static int demo_table_write(struct demo_dev *dev, void __user *src, int nr_pages)
{
	struct page *pages[DEMO_MAX_PAGES];
	int res, i, ret = 0;

	res = pin_user_pages_fast((unsigned long)src, nr_pages, 0, pages);
	if (res < nr_pages) {
		if (res > 0)
			unpin_user_pages(pages, res);
		return -EINVAL;
	}
	for (i = 0; i < nr_pages; i++) {
		ret = demo_copy_page(dev, pages[i]);
		unpin_user_page(pages[i]);
	}
	return ret;
}
