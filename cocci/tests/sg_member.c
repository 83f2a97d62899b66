// a pinned page stored in a scatterlist of a struct with sg_set_page(),
// released by sg_page() in the error path and in the teardown (mthca-like)
struct demo_db_table {
	struct demo_db_page {
		struct scatterlist mem;
		int refcount;
	} page[8];
};

static int demo_map_user_db(struct demo_db_table *db_tab, int i, unsigned long uaddr)
{
	struct page *pages[1];
	int ret;

	ret = pin_user_pages_fast(uaddr & PAGE_MASK, 1, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (ret < 0)
		return ret;
	sg_set_page(&db_tab->page[i].mem, pages[0], PAGE_SIZE, uaddr & ~PAGE_MASK);
	ret = dma_map_sg(dev, &db_tab->page[i].mem, 1, DMA_TO_DEVICE);
	if (ret) {
		unpin_user_page(sg_page(&db_tab->page[i].mem));
		return ret;
	}
	db_tab->page[i].refcount = 1;
	return 0;
}

static void demo_cleanup_user_db_tab(struct demo_db_table *db_tab)
{
	int i;

	for (i = 0; i < 8; ++i) {
		if (db_tab->page[i].refcount)
			unpin_user_page(sg_page(&db_tab->page[i].mem)); /* REPORT */
	}
}
