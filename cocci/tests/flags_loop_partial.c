// partial pins accumulated in a loop, direction from a flags variable (etnaviv-like)
static int demo_userptr_get_pages(struct demo_obj *obj)
{
	struct page **pvec = NULL;
	int ret, pinned = 0, npages = obj->size >> PAGE_SHIFT;
	unsigned int gup_flags = FOLL_LONGTERM;

	pvec = kvmalloc_array(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pvec)
		return -ENOMEM;
	if (!obj->ro)
		gup_flags |= FOLL_WRITE;
	do {
		unsigned num_pages = npages - pinned;
		uint64_t ptr = obj->ptr + pinned * PAGE_SIZE;
		struct page **pages = pvec + pinned;

		ret = pin_user_pages_fast(ptr, num_pages, gup_flags, pages);
		if (ret < 0) {
			unpin_user_pages(pvec, pinned);
			kvfree(pvec);
			return ret;
		}
		pinned += ret;
	} while (pinned < npages);
	obj->pages = pvec;
	return 0;
}
