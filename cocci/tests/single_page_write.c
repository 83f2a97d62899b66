// one page pinned through &page with FOLL_WRITE
static int demo_poke(struct demo_dev *dev, unsigned long uaddr, u32 val)
{
	struct page *page;
	u32 *p;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page);
	if (ret != 1)
		return -EFAULT;
	p = kmap_local_page(page);
	p[offset_in_page(uaddr) / sizeof(u32)] = val;
	kunmap_local(p);
	unpin_user_pages_dirty_lock(&page, 1, true);
	return 0;
}
