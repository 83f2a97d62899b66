// another function takes a reference on the pages of the member that this
// put_page() drops, and a third unpins them
struct req { struct page **pages; int n; };

int req_pin(struct req *r, unsigned long addr)
{
	r->n = pin_user_pages_fast(addr, r->n, FOLL_WRITE, r->pages);
	return r->n;
}

void req_share(struct req *r, struct sk_buff *skb)
{
	int i;

	for (i = 0; i < r->n; i++) {
		get_page(r->pages[i]);
		skb_fill_page_desc(skb, i, r->pages[i], 0, PAGE_SIZE);
	}
}

void req_unshare_one(struct req *r, int i)
{
	put_page(r->pages[i]);
}

void req_done(struct req *r)
{
	unpin_user_pages(r->pages, r->n); /* REPORT */
}
