// the direction is a field of the struct that keeps the pages (RDMA umem-like):
// set before the pin, read by the pin and by the release of another function;
// the pin's direction is "gup_flags & FOLL_WRITE", a variable of the pin's
// function, which the release of another function cannot read
struct demo_umem {
	struct sg_append_table sgt_append;
	bool writable;
};

static void demo_umem_release(struct demo_umem *umem, int dirty)
{
	bool make_dirty = umem->writable && dirty;
	struct scatterlist *sg;
	unsigned int i;

	for_each_sgtable_sg(&umem->sgt_append.sgt, sg, i)
		unpin_user_page_range_dirty_lock(sg_page(sg), /* REPORT */
			DIV_ROUND_UP(sg->length, PAGE_SIZE), make_dirty);
	sg_free_append_table(&umem->sgt_append);
}

static int demo_umem_get(struct demo_umem *umem, unsigned long addr,
			 unsigned long npages, int access, struct page **page_list)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long pinned;
	int ret;

	umem->writable = demo_access_writable(access);
	if (umem->writable)
		gup_flags |= FOLL_WRITE;
	pinned = pin_user_pages_fast(addr, npages, gup_flags, page_list);
	if (pinned < 0)
		return pinned;
	ret = sg_alloc_append_table_from_pages(&umem->sgt_append, page_list,
					       pinned, 0, pinned << PAGE_SHIFT,
					       UINT_MAX, npages, GFP_KERNEL);
	if (ret) {
		unpin_user_pages_dirty_lock(page_list, pinned, 0);
		return ret;
	}
	return 0;
}
