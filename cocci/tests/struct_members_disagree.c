// the pages released come from one of two members, one filled by read pins
// and one by write pins: no one direction
struct demo_xfer { struct page **rd; struct page **wr; int n; };

static int demo_pin_rd(struct demo_xfer *x, unsigned long a)
{
	return pin_user_pages_fast(a, x->n, 0, x->rd);
}

static int demo_pin_wr(struct demo_xfer *x, unsigned long a)
{
	return pin_user_pages_fast(a, x->n, FOLL_WRITE, x->wr);
}

static void demo_release(struct demo_xfer *x, bool w)
{
	struct page **pages;

	if (w)
		pages = x->wr;
	else
		pages = x->rd;
	unpin_user_pages(pages, x->n); /* REPORT */
}
