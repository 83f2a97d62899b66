// read pins copied into a member with memcpy(), write pins pinned into it:
// no one direction
struct dreq {
	struct page *pages[8];
	unsigned int npages;
};

static void copy_pages(struct page **dst, struct page **src, int n)
{
	int i;

	for (i = 0; i < n; i++)
		dst[i] = src[i];
}

static void dreq_done(struct dreq *d)
{
	unpin_user_pages(d->pages, d->npages); /* REPORT */
}

static int dreq_map_write(struct dreq *d, unsigned long uaddr)
{
	if (pin_user_pages_fast(uaddr, 8, FOLL_WRITE, d->pages) != 8)
		return -EFAULT;
	return 0;
}

static int dreq_map_read(struct dreq *d, unsigned long uaddr)
{
	struct page *tmp[8];

	if (pin_user_pages_fast(uaddr, 8, 0, tmp) != 8)
		return -EFAULT;
	memcpy(d->pages, tmp, sizeof(tmp));
	return 0;
}
