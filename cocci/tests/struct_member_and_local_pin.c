// a function pins when a member is empty and otherwise releases the pages
// the member holds, which another function fills with read pins: the pins
// of the function do not give the direction alone
struct demo_obj { struct page **pages; int n; };

static int demo_fill_read(struct demo_obj *o, unsigned long a)
{
	return pin_user_pages_fast(a, o->n, 0, o->pages);
}

static void demo_cached(struct demo_obj *o, unsigned long a, struct page **pages)
{
	if (!o->pages) {
		pin_user_pages_fast(a, o->n, FOLL_WRITE, pages);
		o->pages = pages;
	}
	pages = o->pages;
	unpin_user_pages(pages, o->n); /* REPORT */
}

// every path to this release passes the pin, whose pages the member only
// receives: the pin gives the direction
static void demo_store(struct demo_obj *o, unsigned long a, struct page **pages)
{
	if (pin_user_pages_fast(a, o->n, FOLL_WRITE, pages) != o->n) {
		unpin_user_pages(pages, o->n); /* REPORT */
		return;
	}
	o->pages = pages;
}
