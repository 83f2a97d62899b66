// found by a review: get_page() on a local alias of the page a struct member keeps, put_page() of the member in another function
struct demo_req {
	struct page *page;
	int len;
};

// the pin is dropped here; the request holds a reference of its own,
// taken with get_page() on the local alias
static int demo_submit(struct demo_req *r, unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	get_page(page);
	r->page = page;
	demo_start(r);
	unpin_user_page(page);
	return 0;
}

// the completion drops the request's reference (not the pin)
static void demo_complete(struct demo_req *r)
{
	put_page(r->page);
}
