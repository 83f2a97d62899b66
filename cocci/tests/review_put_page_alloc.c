// the page is pinned on one path and allocated on another; put_page()
// drops the allocation's reference there
static int demo_alloc(unsigned long addr, bool user)
{
	struct page *page;

	if (user) {
		if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
			return -EFAULT;
	} else {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
	}
	demo_use(page);
	put_page(page); /* REPORT */
	return 0;
}
