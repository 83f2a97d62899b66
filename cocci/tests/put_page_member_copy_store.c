// pages that were not pinned stored through a copy of the member pointer
struct dreq {
	struct work_struct work;
	struct page **pages;
	unsigned int npages;
};

static void dreq_complete(struct work_struct *work)
{
	struct dreq *d = container_of(work, struct dreq, work);
	int i;

	for (i = 0; i < d->npages; i++)
		put_page(d->pages[i]);
	kfree(d);
}

static int dreq_from_user(struct dreq *d, unsigned long uaddr)
{
	int got = pin_user_pages_fast(uaddr, d->npages, FOLL_WRITE, d->pages);
	if (got != d->npages)
		return -EFAULT;
	INIT_WORK(&d->work, dreq_complete);
	queue_work(system_wq, &d->work);
	return 0;
}

static int dreq_from_bio(struct dreq *d, struct bio *bio)
{
	struct bio_vec bv;
	struct bvec_iter it;
	struct page **pages = d->pages;
	int i = 0;

	bio_for_each_segment(bv, bio, it)
	{
		get_page(bv.bv_page);
		pages[i++] = bv.bv_page;
	}
	INIT_WORK(&d->work, dreq_complete);
	queue_work(system_wq, &d->work);
	return 0;
}
