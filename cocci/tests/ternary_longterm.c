// FOLL_LONGTERM | (dir == DMA_FROM_DEVICE ? FOLL_WRITE : 0)
static int demo_dma_transfer(struct demo_req *req, unsigned long uaddr,
			     unsigned long nr_pages, enum dma_data_direction dir)
{
	struct page **page_list;
	long pinned;
	int ret = 0;

	page_list = kmalloc_array(nr_pages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr & PAGE_MASK, nr_pages,
				     FOLL_LONGTERM | (dir == DMA_FROM_DEVICE ? FOLL_WRITE : 0),
				     page_list);
	if (pinned != nr_pages) {
		ret = -EFAULT;
		goto err_pg;
	}
	ret = demo_start(req, page_list, nr_pages);
err_pg:
	if (pinned > 0)
		unpin_user_pages(page_list, pinned);
	kfree(page_list);
	return ret;
}
