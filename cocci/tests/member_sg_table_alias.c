// a function fills the scatterlist of a member through a local pointer to
// it, with read pins; another with write pins: the release of the table's
// pages has no one direction
struct ctx {
	struct sg_table sgt;
	struct page **pages;
	unsigned int n;
};

static int ctx_write(struct ctx *c, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, c->n, FOLL_WRITE, c->pages) != c->n)
		return -EFAULT;
	return sg_alloc_table_from_pages(&c->sgt, c->pages, c->n, 0,
					 c->n << PAGE_SHIFT, GFP_KERNEL);
}

static int ctx_read(struct ctx *c, unsigned long uaddr, struct page **rpages)
{
	struct sg_table *sgt = &c->sgt;

	if (pin_user_pages_fast(uaddr, c->n, 0, rpages) != c->n)
		return -EFAULT;
	return sg_alloc_table_from_pages(sgt, rpages, c->n, 0,
					 c->n << PAGE_SHIFT, GFP_KERNEL);
	return 0;
}

static void ctx_free(struct ctx *c)
{
	struct scatterlist *sg;
	int i;

	for_each_sgtable_sg(&c->sgt, sg, i)
		unpin_user_page(sg_page(sg)); /* REPORT */
	sg_free_table(&c->sgt);
}
