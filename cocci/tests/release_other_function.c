// pin in one function, release in another: region->pages is filled only by a
// write pin of this file; umem->pgs by no pin, page by no struct: reported
static int demo_dma_pin_pages(struct demo_region *region)
{
	long pinned;

	pinned = pin_user_pages_fast(region->user_addr, region->npages, FOLL_WRITE,
				     region->pages);
	if (pinned < 0)
		return pinned;
	region->pinned = pinned;
	return 0;
}

static void demo_dma_unpin_pages(struct demo_region *region)
{
	unpin_user_pages(region->pages, region->npages); /* REPORT */
}

static void demo_umem_release(struct demo_umem *umem)
{
	unpin_user_pages_dirty_lock(umem->pgs, umem->npgs, true); /* REPORT */
}

static void demo_put_pfn(unsigned long pfn, int prot)
{
	struct page *page = pfn_to_page(pfn);

	unpin_user_pages_dirty_lock(&page, 1, prot & IOMMU_WRITE); /* REPORT */
}
