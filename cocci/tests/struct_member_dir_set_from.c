// the direction is a parameter the pin function also stores in the struct
// that keeps the pages (rapidio-like): the direction of the pin reads the
// parameter, which the release of another function cannot read
struct demo_req {
	struct page **page_list;
	unsigned int nr_pages;
	enum dma_data_direction dir;
};

static void demo_req_free(struct demo_req *req)
{
	if (req->page_list) {
		unpin_user_pages(req->page_list, req->nr_pages); /* REPORT */
		kfree(req->page_list);
	}
	kfree(req);
}

static int demo_dma_transfer(struct demo_req *req, unsigned long uaddr,
			     unsigned int nr_pages, enum dma_data_direction dir)
{
	struct page **page_list;
	long pinned;

	req->dir = dir;
	page_list = kmalloc_array(nr_pages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr & PAGE_MASK, nr_pages,
				     dir == DMA_FROM_DEVICE ? FOLL_WRITE : 0,
				     page_list);
	if (pinned != nr_pages) {
		if (pinned > 0)
			unpin_user_pages(page_list, pinned);
		kfree(page_list);
		return -EFAULT;
	}
	req->page_list = page_list;
	req->nr_pages = nr_pages;
	return 0;
}
