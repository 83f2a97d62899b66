// found by a review (9th): one cursor over two buffers: the bounce buffer pinned here, the pattern buffer pinned at open
#include <linux/mm.h>

static struct page *demo_pattern[16];
static int demo_npattern;

int demo_open(unsigned long uaddr, int n)
{
	demo_npattern = pin_user_pages_fast(uaddr, n, 0, demo_pattern);
	return demo_npattern == n ? 0 : -EFAULT;
}

int demo_run(struct demo_dev *dev, unsigned long bounce_uaddr, int n, bool last)
{
	struct page *bounce[16];
	struct page **cur;

	if (pin_user_pages_fast(bounce_uaddr, n, FOLL_WRITE, bounce) != n)
		return -EFAULT;
	cur = bounce;
	demo_dma(dev, cur, n);
	unpin_user_pages_dirty_lock(bounce, n, true);
	cur = demo_pattern;
	demo_dma(dev, cur, demo_npattern);
	if (last)
		unpin_user_pages(demo_pattern, demo_npattern); /* REPORT */
	return 0;
}
