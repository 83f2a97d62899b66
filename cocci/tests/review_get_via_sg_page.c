// found by a review (r12): pages that are not all pinned, or not pinned as the pin nearest says
#include <linux/mm.h>
#include <linux/scatterlist.h>

void submit(struct scatterlist *sg);

int f(unsigned long addr, struct scatterlist *sg)
{
	struct page *page, *p;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	sg_set_page(sg, page, PAGE_SIZE, 0);
	get_page(sg_page(sg));
	submit(sg);
	put_page(page); /* REPORT */
	p = sg_page(sg);
	put_page(p); /* REPORT */
	return 0;
}
