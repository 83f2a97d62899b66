// found by a review: a pin into a member reached through a container_of() macro
struct demo_buf {
	struct file *file;
	struct page **pages;
	int n;
};
#define to_demo(f) container_of(f, struct demo_buf, file)

// a write pin into the member through a macro ...
static int demo_map_write(struct file *f, unsigned long addr)
{
	if (pin_user_pages_fast(addr, to_demo(f)->n, FOLL_WRITE, to_demo(f)->pages) != 1)
		return -EFAULT;
	return 0;
}

// ... and a read pin
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
