// found by a review (r15b): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>
int lookup_cached_pages(struct iov_iter *iter, struct page **pages, int n);

void use(struct page **pages, int n);

int f(struct iov_iter *iter, unsigned long addr, int n, bool user)
{
	struct page *pages[16];
	size_t start;
	ssize_t bytes;
	int i;

	if (user) {
		n = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);
	} else {
		bytes = lookup_cached_pages(iter, pages, n);
		n = DIV_ROUND_UP(bytes + start, PAGE_SIZE);
	}
	use(pages, n);
	for (i = 0; i < n; i++) {
		put_page(pages[i]); /* REPORT */
	}
	return 0;
}
