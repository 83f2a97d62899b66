// put_page() of single pinned elements, inside a loop that does more
static int demo_sdma_pin(unsigned long addr, int npages, struct page **pages)
{
	int ret, i = 0;

	ret = pin_user_pages_fast(addr, npages, FOLL_LONGTERM, pages);
	if (ret != npages)
		goto free_pages;
	for (i = 0; i < npages; i++) {
		if (demo_add_frag(pages[i]))
			goto free_pages;
	}
	return 0;
free_pages:
	while (i < ret)
		put_page(pages[i++]);
	return -ENOMEM;
}
