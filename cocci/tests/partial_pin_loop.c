// chunked pinning in a loop, unwinding the chunks on error (vhost-vdpa-like)
static int demo_pa_map(struct demo_dev *v, u64 iova, u64 size, u64 uaddr, u32 perm)
{
	struct page **page_list;
	unsigned int gup_flags = FOLL_LONGTERM;
	unsigned long npages, cur_base;
	long pinned, sz2pin;
	int ret = 0;

	page_list = (struct page **) __get_free_page(GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	if (perm & DEMO_ACCESS_WO)
		gup_flags |= FOLL_WRITE;
	npages = PFN_UP(size + (iova & ~PAGE_MASK));
	cur_base = uaddr & PAGE_MASK;
	while (npages) {
		sz2pin = min_t(unsigned long, npages, PAGE_SIZE / sizeof(struct page *));
		pinned = pin_user_pages(cur_base, sz2pin, gup_flags, page_list);
		if (sz2pin != pinned) {
			if (pinned < 0)
				ret = pinned;
			else {
				unpin_user_pages(page_list, pinned);
				ret = -ENOMEM;
			}
			goto out;
		}
		ret = demo_map(v, iova, page_list, pinned);
		if (ret) {
			unpin_user_pages(page_list, pinned);
			goto out;
		}
		npages -= pinned;
		cur_base += PFN_PHYS(pinned);
	}
out:
	free_page((unsigned long)page_list);
	return ret;
}
