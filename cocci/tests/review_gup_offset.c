// found by a review (r04): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

void f(unsigned long addr, int n, struct page **pages)
{
	int i, got, ret;

	got = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	ret = get_user_pages_fast(addr + got * PAGE_SIZE, n - got, FOLL_WRITE, pages + got);
	for (i = 0; i < got + ret; i++) {
		put_page(pages[i]); /* REPORT */
	}
}

void g(unsigned long addr, int n, struct page **pages)
{
	int got, ret;

	got = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	ret = get_user_pages_fast(addr + got * PAGE_SIZE, n - got, FOLL_WRITE, pages + got);
	unpin_user_pages(pages, got + ret); /* REPORT */
}
