// found by a review (12th): the array goes through one helper of the file to
// another that pins into it for read, after the write pin of the caller
#include <linux/mm.h>

static int demo_inner(unsigned long addr, int n, struct page **pages)
{
	return pin_user_pages_fast(addr, n, 0, pages);
}

static int demo_outer(unsigned long addr, int n, struct page **pages)
{
	return demo_inner(addr, n, pages);
}

static int demo_run(unsigned long addr, int n, struct page **pages)
{
	int ret;

	ret = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	demo_outer(addr, 1, pages);
	unpin_user_pages(pages, n); /* REPORT */
	return 0;
}
