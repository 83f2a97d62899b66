// pinned pages released by pfn after page_to_pfn() (vhost-vdpa-like)
static int demo_pa_map(unsigned long uaddr, unsigned long npages, u32 perm,
		       struct page **page_list)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	unsigned long pfn, map_pfn, last_pfn;
	long pinned;

	if (perm & DEMO_ACCESS_WO)
		gup_flags |= FOLL_WRITE;
	pinned = pin_user_pages(uaddr, npages, gup_flags, page_list);
	if (pinned != npages)
		return -ENOMEM;
	map_pfn = page_to_pfn(page_list[0]);
	last_pfn = page_to_pfn(page_list[pinned - 1]);
	if (demo_map(map_pfn, last_pfn)) {
		for (pfn = map_pfn; pfn <= last_pfn; pfn++)
			unpin_user_page(pfn_to_page(pfn));
		return -EIO;
	}
	return 0;
}
