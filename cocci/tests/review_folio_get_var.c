// found by a review (9th): the cache keeps a reference on the folio; both puts in one function
#include <linux/mm.h>

static int demo_cache(struct demo_dev *dev, unsigned long uaddr)
{
	struct page *page;
	struct folio *folio;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	folio = page_folio(page);
	folio_get(folio);
	demo_fill(dev, page);
	put_page(page); /* REPORT */
	demo_flush(dev, folio);
	put_page(page); /* REPORT */
	return 0;
}
