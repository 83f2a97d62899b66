// found by a review (14th): spatch cannot parse the re-pinning helper (scoped_guard())
#include <linux/mm.h>
static DEFINE_MUTEX(demo_lock);
static void demo_refill(struct page **p, unsigned long u)
{
	scoped_guard(mutex, &demo_lock) {
		unpin_user_pages(p, 4);
		pin_user_pages_fast(u, 4, 0, p);
	}
}

static int demo(unsigned long uaddr, unsigned long u2)
{
	struct page *pages[4];

	if (pin_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4)
		return -EFAULT;
	demo_refill(pages, u2);
	unpin_user_pages(pages, 4); /* REPORT */
	return 0;
}
