// !is_write ? FOLL_WRITE : 0 and the reverse form e ? 0 : FOLL_WRITE
static int demo_pipe_pin(unsigned long first_page, int requested, int is_write,
			 struct page **pages)
{
	int ret;

	ret = pin_user_pages_fast(first_page, requested,
				  !is_write ? FOLL_WRITE : 0, pages);
	if (ret <= 0)
		return -EFAULT;
	demo_transfer(pages, ret);
	unpin_user_pages(pages, ret);
	return 0;
}

static int demo_tce_pin(unsigned long tce, enum dma_data_direction direction)
{
	struct page *page = NULL;

	if (pin_user_pages_fast(tce & PAGE_MASK, 1,
				direction == DMA_TO_DEVICE ? 0 : FOLL_WRITE,
				&page) != 1)
		return -EFAULT;
	if (demo_map(page))
		unpin_user_page(page);
	return 0;
}
