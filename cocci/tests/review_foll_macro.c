// found by a review (r18): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

/* driver shorthand */
#define FOLL_RW_LONGTERM (FOLL_WRITE | FOLL_LONGTERM)

int f(unsigned long addr, int n, struct page **pages)
{
	if (pin_user_pages_fast(addr, n, FOLL_RW_LONGTERM, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
