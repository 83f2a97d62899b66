// found by a review (r14b): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>

static struct page *gpages[16];
static int gn;

void use(struct page **pages, int n);

int grab(unsigned long addr, int n)
{
	for (gn = 0; gn < n; gn++) gpages[gn] = alloc_page(GFP_KERNEL);
	return gn;
}

void run(unsigned long addr, int n, bool fresh)
{
	int i;

	if (fresh)
		gn = pin_user_pages_fast(addr, n, FOLL_WRITE, gpages);
	use(gpages, gn);
	for (i = 0; i < gn; i++) {
		put_page(gpages[i]); /* REPORT */
	}
}
