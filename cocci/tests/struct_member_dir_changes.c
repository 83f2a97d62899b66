// the direction field of the struct changes between pins (xen gntdev-like):
// the pages kept in the batch were pinned in both directions
struct demo_batch {
	struct page *pages[16];
	unsigned int nr_pages;
	bool writeable;
};

static int demo_get_page(struct demo_batch *batch, void __user *virt)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast((unsigned long)virt, 1,
				  batch->writeable ? FOLL_WRITE : 0, &page);
	if (ret < 0)
		return ret;
	batch->pages[batch->nr_pages++] = page;
	return 0;
}

static void demo_put_pages(struct demo_batch *batch)
{
	unpin_user_pages_dirty_lock(batch->pages, batch->nr_pages, batch->writeable); /* REPORT */
	batch->nr_pages = 0;
}

static int demo_copy_seg(struct demo_batch *batch, void __user *src, void __user *dst)
{
	int ret;

	batch->writeable = false;
	ret = demo_get_page(batch, src);
	if (ret < 0)
		return ret;
	batch->writeable = true;
	return demo_get_page(batch, dst);
}
