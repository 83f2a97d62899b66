// found by a review (9th): a file-scope scatterlist filled here with pinned pages, or by demo_adopt() with the caller's
#include <linux/mm.h>
#include <linux/scatterlist.h>

static struct scatterlist demo_sg[16];
static struct page *demo_pages[16];
static int demo_n;

void demo_adopt(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		sg_set_page(&demo_sg[i], pages[i], PAGE_SIZE, 0);
	demo_n = n;
}

int demo_run(struct demo_dev *dev, unsigned long uaddr, int n, bool own)
{
	int i;

	if (own) {
		demo_n = pin_user_pages_fast(uaddr, n, FOLL_WRITE, demo_pages);
		for (i = 0; i < demo_n; i++)
			sg_set_page(&demo_sg[i], demo_pages[i], PAGE_SIZE, 0);
	}
	demo_go(dev, demo_sg, demo_n);
	for (i = 0; i < demo_n; i++)
		unpin_user_page(sg_page(&demo_sg[i])); /* REPORT */
	demo_n = 0;
	return 0;
}
