// WRITE_ONCE() of the member the direction reads, after the pin
struct req { struct page **pages; int n; bool write; };

static int demo_write_once(struct req *req, unsigned long addr)
{
	req->n = pin_user_pages_fast(addr, req->n, req->write ? FOLL_WRITE : 0, req->pages);
	WRITE_ONCE(req->write, false);
	unpin_user_pages(req->pages, req->n); /* REPORT */
	return 0;
}
