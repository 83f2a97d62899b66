// found by a review (r19): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

struct buf {
	struct page **pages;
	int n;
};

int buf_init(struct buf *b, unsigned long addr)
{
	b->n = pin_user_pages_fast(addr, b->n, 0, b->pages);
	return b->n;
}

/* replace the pinned buffer with a new one, release the old one */
int buf_replace(struct buf *b, unsigned long addr, struct page **pages, int n)
{
	struct page **old = b->pages;
	int old_n = b->n;

	if (pin_user_pages_fast(addr, n, FOLL_WRITE, pages) != n)
		return -EFAULT;
	b->pages = pages;
	b->n = n;
	unpin_user_pages(old, old_n); /* REPORT */
	return 0;
}
