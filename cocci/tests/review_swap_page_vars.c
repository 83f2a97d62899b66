// found by a review (14th): two pinned page variables of either direction are swapped
#include <linux/mm.h>
static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *page, *ro_page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	if (pin_user_pages_fast(u2, 1, 0, &ro_page) != 1) {
		unpin_user_page(page); /* REPORT */
		return -EFAULT;
	}
	swap(page, ro_page);
	unpin_user_page(page); /* REPORT */
	unpin_user_page(ro_page); /* REPORT */
	return 0;
}
