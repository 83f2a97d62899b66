// found by a review (9th): a helper that pins only when given a new address; otherwise the caller's pages stay
#include <linux/mm.h>

static int demo_maybe_pin(unsigned long uaddr, int n, struct page **pages)
{
	if (!uaddr)
		return n;
	return pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages);
}

static int demo_update(struct demo_dev *dev, unsigned long uaddr, int n,
		       struct page **pages)
{
	int got;

	got = demo_maybe_pin(uaddr, n, pages);
	if (got != n)
		return -EFAULT;
	demo_use(dev, pages, n);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
