// found by a review (10th): a file-scope array declared in the driver's header (extern, defined in
// demo_main.c): demo_adopt() of this file also stores the caller's pages in it
#include <linux/mm.h>
#include "demo.h"	/* extern struct page *demo_pages[16]; extern int demo_n; */

void demo_adopt(struct page **pages, int n)
{
	memcpy(demo_pages, pages, n * sizeof(*pages));
	demo_n = n;
}

int demo_run(struct demo_dev *dev, unsigned long uaddr, int n, bool own)
{
	if (own)
		demo_n = pin_user_pages_fast(uaddr, n, FOLL_WRITE, demo_pages);
	demo_go(dev, demo_pages, demo_n);
	unpin_user_pages(demo_pages, demo_n); /* REPORT */
	demo_n = 0;
	return 0;
}
