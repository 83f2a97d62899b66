// found by a review (9th): make_dirty set on two paths, only one of which follows the direction
#include <linux/mm.h>

static int demo_io(struct demo_dev *dev, unsigned long uaddr, int n, struct page **pages,
		   bool write, bool force_dirty)
{
	bool dirty;
	int got, err;

	got = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
	if (got != n)
		return -EFAULT;
	err = demo_xfer(dev, pages, n);
	if (force_dirty)
		dirty = true;
	else
		dirty = write && !err;
	unpin_user_pages_dirty_lock(pages, n, dirty); /* REPORT */
	return err;
}
