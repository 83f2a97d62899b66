// a call between "if (r->w) fl |= FOLL_WRITE" and the pin is passed r: it may
// change r->w, and "fl & FOLL_WRITE" gives the direction; a call that is
// not passed r leaves r->w to give it
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
