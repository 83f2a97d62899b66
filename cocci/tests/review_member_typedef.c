// found by a review: pins into the same member through a typedef and through the struct
struct demo_buf {
	struct page **pages;
	int n;
};
typedef struct demo_buf demo_buf_t;

// the same member filled by a write pin through the typedef name ...
static int demo_map_write(demo_buf_t *b, unsigned long addr)
{
	if (pin_user_pages_fast(addr, b->n, FOLL_WRITE, b->pages) != b->n)
		return -EFAULT;
	return 0;
}

// ... and by a read pin through the struct name
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
