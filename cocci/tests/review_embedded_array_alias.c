// found by a review (9th): two buffers of a device: rx is written by the device, tx is read
// (struct demo_dev and struct demo_buf are in demo.h)
#include <linux/mm.h>
#include "demo.h"

static int demo_pin_rx(struct demo_dev *dev, unsigned long uaddr, int n)
{
	struct demo_buf *b = &dev->bufs[DEMO_RX];

	b->npages = pin_user_pages_fast(uaddr, n, FOLL_WRITE, b->pages);
	return b->npages == n ? 0 : -EFAULT;
}

static int demo_pin_tx(struct demo_dev *dev, unsigned long uaddr, int n)
{
	dev->bufs[DEMO_TX].npages = pin_user_pages_fast(uaddr, n, 0,
							dev->bufs[DEMO_TX].pages);
	return dev->bufs[DEMO_TX].npages == n ? 0 : -EFAULT;
}

static void demo_release(struct demo_dev *dev)
{
	int i;

	for (i = 0; i < DEMO_NBUFS; i++)
		unpin_user_pages(dev->bufs[i].pages, dev->bufs[i].npages); /* REPORT */
}
