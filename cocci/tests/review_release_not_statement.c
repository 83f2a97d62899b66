// found by a review (9th): a void helper returning the void release
#include <linux/mm.h>

static void demo_put_buf(struct demo_buf *b)
{
	return unpin_user_pages(b->pages, b->npages); /* REPORT */
}

static int demo_get_buf(struct demo_buf *b, unsigned long uaddr, int n)
{
	b->npages = pin_user_pages_fast(uaddr, n, FOLL_WRITE, b->pages);
	if (b->npages != n)
		return -EFAULT;
	return 0;
}

static int demo_one(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	demo_use(page);
	page ? unpin_user_page(page) : (void)0; /* REPORT */
	return 0;
}
