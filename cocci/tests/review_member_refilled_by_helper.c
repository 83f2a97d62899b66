// found by a review (12th): a helper of the file called between the pin and
// the release pins the same member again, for read: the release drops those
#include <linux/mm.h>

struct demo { struct page **pages; int n; };

static int demo_refill(struct demo *d, unsigned long addr)
{
	return pin_user_pages_fast(addr, d->n, 0, d->pages);
}

static int demo_run(struct demo *d, unsigned long addr)
{
	int ret;

	ret = pin_user_pages_fast(addr, d->n, FOLL_WRITE, d->pages);
	if (ret < 0)
		return ret;
	ret = demo_refill(d, addr + PAGE_SIZE);
	unpin_user_pages(d->pages, d->n); /* REPORT */
	return ret;
}
