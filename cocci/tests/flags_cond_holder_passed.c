// a call between "if (r->w) fl |= FOLL_WRITE" and the pin is passed r: it may
// change r->w; the direction is "fl & FOLL_WRITE" either way, which reads no
// memory
static int demo_passed(struct demo_req *r, unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = 0;

	if (r->w)
		fl |= FOLL_WRITE;
	demo_reqeset(r);
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
static int demo_not_passed(struct demo_req *r, unsigned long addr, int n, struct page **pages)
{
	unsigned int fl = 0;

	if (r->w)
		fl |= FOLL_WRITE;
	demo_log(n);
	if (pin_user_pages_fast(addr, n, fl, pages) != n)
		return -EFAULT;
	unpin_user_pages(pages, n);
	return 0;
}
