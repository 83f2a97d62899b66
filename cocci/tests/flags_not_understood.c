// gup_flags computed as a boolean (vchiq-like "type == PAGELIST_READ")
static int demo_create_pagelist(char __user *ubuf, int num_pages, int type,
				struct page **pages)
{
	int actual_pages;

	actual_pages = pin_user_pages_fast((unsigned long)ubuf & PAGE_MASK, num_pages,
					   type == PAGELIST_READ, pages);
	if (actual_pages != num_pages) {
		if (actual_pages > 0)
			unpin_user_pages(pages, actual_pages); /* REPORT */
		return -ENOMEM;
	}
	return 0;
}
