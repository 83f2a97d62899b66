// a struct member that a pin fills in one function and get_user_pages()
// in another: its put_page() may drop a plain reference, leave it
struct demo_dma {
	struct page **pages;
	int nr_pages;
	int write;
};

static int demo_pin(struct demo_dma *dma, unsigned long addr)
{
	return pin_user_pages_fast(addr, dma->nr_pages, FOLL_WRITE, dma->pages);
}

static int demo_get(struct demo_dma *dma, unsigned long addr)
{
	return get_user_pages_fast(addr, dma->nr_pages, FOLL_WRITE, dma->pages);
}

static void demo_free(struct demo_dma *dma)
{
	int i;

	for (i = 0; i < dma->nr_pages; i++)
		put_page(dma->pages[i]);
}
