// the direction is stored in the struct before it changes, or on one path
// only: the member does not hold what the pin read
struct demo_req { struct page **pages; int n; bool write; };

static int demo_start(struct demo_req *r, unsigned long addr, bool w)
{
	r->write = w;
	if (!demo_writable(addr))
		w = false;
	return pin_user_pages_fast(addr, r->n, w ? FOLL_WRITE : 0, r->pages);
}

static void demo_done(struct demo_req *q)
{
	unpin_user_pages(q->pages, q->n); /* REPORT */
}

struct demo_req2 { struct page **pages; int n; bool write; };

static int demo_start2(struct demo_req2 *r, unsigned long addr, bool w, bool x)
{
	if (x)
		r->write = w;
	return pin_user_pages_fast(addr, r->n, w ? FOLL_WRITE : 0, r->pages);
}

static void demo_done2(struct demo_req2 *q)
{
	unpin_user_pages(q->pages, q->n); /* REPORT */
}
