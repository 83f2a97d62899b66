// found by a review (r02): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>
#include <linux/bvec.h>

void f(unsigned long addr, int n, struct bio_vec *bv, struct page *zero)
{
	struct page **pages = kcalloc(n + 1, sizeof(*pages), GFP_KERNEL);
	struct page *page;
	int i;

	pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	for (i = 0; i < n; i++)
		bvec_set_page(&bv[i], pages[i], PAGE_SIZE, 0);
	bvec_set_page(&bv[n], zero, PAGE_SIZE, 0);

	for (i = 0; i <= n; i++) {
		page = bv[i].bv_page;
		put_page(page); /* REPORT */
	}
}
