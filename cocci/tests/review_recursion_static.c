// found by a review (12th): a recursive call re-pins a static array for read
#include <linux/mm.h>
static void demo(unsigned long a, int depth)
{
	static struct page *arr[4];

	if (depth) {
		pin_user_pages_fast(a, 4, 0, arr);
		return;
	}
	pin_user_pages_fast(a, 4, FOLL_WRITE, arr);
	unpin_user_pages(arr, 4); /* REPORT */
	demo(a, 1);
	unpin_user_pages(arr, 4); /* REPORT */
}
