// pages kept in a struct member by a write pin of another function
// (habanalabs-like): the teardown releases them as write pins
struct demo_userptr {
	struct page **pages;
	unsigned long npages;
};

static int demo_get_user_memory(struct demo_userptr *userptr, u64 start, u32 npages)
{
	int rc;

	userptr->pages = kvmalloc_array(npages, sizeof(struct page *), GFP_KERNEL);
	if (!userptr->pages)
		return -ENOMEM;
	rc = pin_user_pages_fast(start, npages, FOLL_WRITE | FOLL_LONGTERM, userptr->pages);
	if (rc != npages) {
		if (rc > 0)
			unpin_user_pages(userptr->pages, rc);
		kvfree(userptr->pages);
		return -EFAULT;
	}
	userptr->npages = npages;
	return 0;
}

static void demo_unpin_host_memory(struct demo_userptr *userptr)
{
	unpin_user_pages_dirty_lock(userptr->pages, userptr->npages, true); /* REPORT */
	kvfree(userptr->pages);
	userptr->pages = NULL;
}
