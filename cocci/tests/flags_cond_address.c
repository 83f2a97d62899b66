// the address of what "if (w) fl |= FOLL_WRITE" reads is taken: w may change
// through it, and "fl & FOLL_WRITE" gives the direction
static void demo_rel(unsigned long a, int n, struct page **pages, int wr)
{
	unsigned int fl = FOLL_LONGTERM;
	int w = wr;
	int *pw = &w;

	if (w)
		fl |= FOLL_WRITE;
	pin_user_pages_fast(a, n, fl, pages);
	*pw = !*pw;
	unpin_user_pages(pages, n);
}
