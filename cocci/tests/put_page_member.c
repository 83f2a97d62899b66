// put_page() of pages kept in a struct member that only a pin fills
// (qaic-like), in another function: pins are not followed between
// functions, so these put_page() calls are taken for plain references and
// left alone
struct demo_xfer {
	struct page **page_list;
	unsigned long nr_pages;
};

static void demo_cleanup(struct demo_xfer *xfer)
{
	int i;

	for (i = 0; i < xfer->nr_pages; ++i)
		put_page(xfer->page_list[i]);
	kfree(xfer->page_list);
}

static void demo_free_all(struct list_head *head)
{
	struct demo_xfer *xfer, *x;
	unsigned long i = 0;

	list_for_each_entry_safe(xfer, x, head, list) {
		for (i = 0; i < xfer->nr_pages; i++)
			put_page(xfer->page_list[i]);
		kfree(xfer->page_list);
	}
}

static int demo_map(struct demo_xfer *xfer, unsigned long addr, unsigned long nr_pages)
{
	struct page **page_list;
	int ret;
	int i;

	page_list = kmalloc_array(nr_pages, sizeof(*page_list), GFP_KERNEL);
	if (!page_list)
		return -ENOMEM;
	ret = pin_user_pages_fast(addr, nr_pages, 0, page_list);
	if (ret < 0)
		goto free_page_list;
	if (ret != nr_pages) {
		nr_pages = ret;
		ret = -EFAULT;
		goto put_pages;
	}
	xfer->page_list = page_list;
	xfer->nr_pages = nr_pages;
	return 0;

put_pages:
	for (i = 0; i < nr_pages; ++i)
		put_page(page_list[i]);
free_page_list:
	kfree(page_list);
	return ret;
}
