// the struct member that keeps pinned pages also gets pages from elsewhere
// (etnaviv-like shmem pages): a release of it is left to a person
struct demo_obj {
	struct page **pages;
	int npages;
};

static int demo_userptr_get_pages(struct demo_obj *obj, unsigned long ptr)
{
	struct page **pvec;
	int ret;

	pvec = kvmalloc_array(obj->npages, sizeof(struct page *), GFP_KERNEL);
	if (!pvec)
		return -ENOMEM;
	ret = pin_user_pages_fast(ptr, obj->npages, FOLL_WRITE, pvec);
	if (ret != obj->npages) {
		if (ret > 0)
			unpin_user_pages(pvec, ret);
		kvfree(pvec);
		return -EFAULT;
	}
	obj->pages = pvec;
	return 0;
}

static int demo_shmem_get_pages(struct demo_obj *obj)
{
	obj->pages = demo_get_shmem_pages(obj);
	return obj->pages ? 0 : -ENOMEM;
}

static void demo_userptr_release(struct demo_obj *obj)
{
	unpin_user_pages(obj->pages, obj->npages); /* REPORT */
	kvfree(obj->pages);
}
