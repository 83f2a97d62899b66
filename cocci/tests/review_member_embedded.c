// found by a review: a pin into the member of an embedded struct
/* struct demo_buf { struct page **pages; int n; };
 * struct demo_dev { struct demo_buf buf; ... }; -- both in a header */

// a write pin into the member through the embedding struct ...
static int demo_map_write(struct demo_dev *d, unsigned long addr)
{
	if (pin_user_pages_fast(addr, d->buf.n, FOLL_WRITE, d->buf.pages) != d->buf.n)
		return -EFAULT;
	return 0;
}

// ... and a read pin through a pointer to the member's struct
static int demo_map_read(struct demo_buf *b, unsigned long addr)
{
	if (pin_user_pages_fast(addr, b->n, 0, b->pages) != b->n)
		return -EFAULT;
	return 0;
}

static void demo_unmap(struct demo_buf *b)
{
	unpin_user_pages(b->pages, b->n); /* REPORT */
}
