// found by a review (r07): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

struct req {
	struct page *hdr_page;
};

void use(struct page **pages, int n);

void f(struct req *req, unsigned long addr, int n)
{
	struct page *pages[16];
	int i;

	pages[0] = req->hdr_page;
	pin_user_pages_fast(addr, n - 1, FOLL_WRITE, pages + 1);
	use(pages, n);
	for (i = 0; i < n; i++) {
		put_page(pages[i]); /* REPORT */
	}
}
