// found by a review (r10): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

struct req {
	struct page *hdr_page;
};

void use(struct page *page);

void f(struct req *req, unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) == 1) {
		use(page);
		put_page(page); /* REPORT */
	}
	page = req->hdr_page;
	use(page);
	put_page(page); /* REPORT */
}
