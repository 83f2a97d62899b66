// an argument of a helper call that calls a function, has a side effect or
// whose address is taken before the call: it may not give the same at the
// release
static int demo_pin(unsigned long a, int n, struct page **pages, int write)
{
	return pin_user_pages_fast(a, n, write ? FOLL_WRITE : 0, pages);
}

static void demo_call(struct demo_req *r, unsigned long a, int n, struct page **pages)
{
	demo_pin(a, n, pages, demo_dir(r));
	demo_use(pages);
	unpin_user_pages(pages, n); /* REPORT */
}

static void demo_side_effect(unsigned long a, int n, struct page **pages, int *dirs)
{
	demo_pin(a, n, pages, *dirs++);
	unpin_user_pages(pages, n); /* REPORT */
}

static void demo_address(unsigned long a, int n, struct page **pages, int wr)
{
	int w = wr;
	int *pw = &w;

	demo_pin(a, n, pages, w);
	*pw = !*pw;
	unpin_user_pages(pages, n); /* REPORT */
}

// the same helper with a plain argument: its pin's direction reads its own
// parameter, which the script does not carry to the call
static void demo_plain(unsigned long a, int n, struct page **pages, int wr)
{
	demo_pin(a, n, pages, wr);
	unpin_user_pages(pages, n); /* REPORT */
}
