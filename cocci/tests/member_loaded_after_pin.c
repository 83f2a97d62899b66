// pages loaded from a member after the pin, where another function puts read
// pins: the pin of the function does not give the direction alone
struct demo_obj { struct page **pages; int n; };

static int demo_fill_read(struct demo_obj *o, unsigned long a)
{
	return pin_user_pages_fast(a, o->n, 0, o->pages);
}

static void demo_swap(struct demo_obj *o, unsigned long a, struct page **pages)
{
	struct page **p;

	p = kmalloc(8);
	pin_user_pages_fast(a, o->n, FOLL_WRITE, p);
	demo_use(p);
	p = o->pages;
	unpin_user_pages(p, o->n); /* REPORT */
}
