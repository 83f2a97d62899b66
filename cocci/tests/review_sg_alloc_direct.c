// found by a review (r01): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>
#include <linux/scatterlist.h>

int f(unsigned long addr, int n, struct scatterlist *sg, struct page **pages)
{
	struct scatterlist *s;
	struct page *page;
	int i, ret;

	ret = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	for (i = 0; i < n; i++)
		sg_set_page(&sg[i], pages[i], PAGE_SIZE, 0);
	sg_set_page(&sg[n], alloc_page(GFP_KERNEL), PAGE_SIZE, 0);

	for_each_sg(sg, s, n + 1, i) {
		page = sg_page(s);
		put_page(page); /* REPORT */
	}
	return 0;
}
