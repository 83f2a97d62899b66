// the direction of the pin is a parameter that the struct does not keep
// (scsi st-like): the release of the struct member is left to a person
struct demo_buffer {
	struct page **mapped_pages;
};

static int demo_map_user_pages(struct demo_buffer *b, unsigned long uaddr,
			       int nr_pages, int rw)
{
	struct page **pages;
	int res;

	pages = kmalloc_array(nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	res = pin_user_pages_fast(uaddr, nr_pages, rw == READ ? FOLL_WRITE : 0, pages);
	if (res < nr_pages)
		goto out_unmap;
	b->mapped_pages = pages;
	return nr_pages;
out_unmap:
	if (res > 0)
		unpin_user_pages(pages, res);
	kfree(pages);
	return -EFAULT;
}

static int demo_unmap_user_pages(struct demo_buffer *b, int nr_pages, int dirtied)
{
	unpin_user_pages_dirty_lock(b->mapped_pages, nr_pages, dirtied); /* REPORT */
	kfree(b->mapped_pages);
	b->mapped_pages = NULL;
	return 0;
}
