// found by a review (10th): a buffer reached through a pointer member (dev->rx->pages): the script
// takes it for a member of struct demo_dev
/* struct demo_buf { struct page **pages; int npages; };
 * struct demo_dev { struct demo_buf *rx, *tx; };  -- in demo.h */
#include "demo.h"

static int demo_start_rx(struct demo_dev *dev, unsigned long uaddr, int n)
{
	dev->rx->npages = pin_user_pages_fast(uaddr, n, FOLL_WRITE, dev->rx->pages);
	return dev->rx->npages == n ? 0 : -EFAULT;
}

static int demo_fill_buf(struct demo_buf *b, unsigned long uaddr, int n)
{
	b->npages = pin_user_pages_fast(uaddr, n, 0, b->pages);
	return b->npages == n ? 0 : -EFAULT;
}

static int demo_start_tx(struct demo_dev *dev, unsigned long uaddr, int n)
{
	return demo_fill_buf(dev->tx, uaddr, n);
}

static void demo_put_buf(struct demo_buf *b)
{
	unpin_user_pages(b->pages, b->npages); /* REPORT */
	b->npages = 0;
}

static void demo_stop(struct demo_dev *dev)
{
	demo_put_buf(dev->rx);
	demo_put_buf(dev->tx);
}
