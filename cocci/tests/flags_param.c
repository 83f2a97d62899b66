// the gup_flags come in as a parameter
static struct page **demo_pin_memory(unsigned long uaddr, unsigned long npages,
				     unsigned int flags)
{
	struct page **pages;
	int npinned;

	pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	npinned = pin_user_pages_fast(uaddr, npages, flags, pages);
	if (npinned != npages)
		goto err;
	return pages;
err:
	if (npinned > 0)
		unpin_user_pages(pages, npinned);
	kvfree(pages);
	return ERR_PTR(-ENOMEM);
}
