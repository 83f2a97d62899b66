// found by a review (10th): a request's pages are user pages (pinned) or bounce pages (allocated),
// built in a local array and then handed to the request; the completion
// puts them all
struct demo_req {
	struct page **pages;
	int npages;
};

static void demo_req_done(struct demo_req *r)
{
	int i;

	for (i = 0; i < r->npages; i++)
		put_page(r->pages[i]);
	kfree(r->pages);
}

static int demo_req_init(struct demo_req *r, unsigned long uaddr, int n)
{
	struct page **pages;
	int i;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (uaddr) {
		if (pin_user_pages_fast(uaddr, n, FOLL_WRITE, pages) != n)
			goto err;
	} else {
		for (i = 0; i < n; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i])
				goto err;
		}
	}
	r->pages = pages;
	r->npages = n;
	return 0;
err:
	kfree(pages);
	return -EFAULT;
}
