// found by a review (12th): a recursive call re-pins a file-scope array for read
#include <linux/mm.h>
static struct page *demo_arr[4];

static void demo(unsigned long a, int depth)
{
	if (depth) {
		pin_user_pages_fast(a, 4, 0, demo_arr);
		return;
	}
	pin_user_pages_fast(a, 4, FOLL_WRITE, demo_arr);
	unpin_user_pages(demo_arr, 4); /* REPORT */
	demo(a, 1);
	unpin_user_pages(demo_arr, 4); /* REPORT */
}
