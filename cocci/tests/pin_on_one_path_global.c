// a file-scope array that another function of the file pins into: on the
// path without the pin its pages are those pins
static struct page *gpages[16];

static int demo_read(unsigned long a, int n)
{
	return pin_user_pages_fast(a, n, 0, gpages);
}

static void demo_write(unsigned long a, int n, int fresh)
{
	if (fresh)
		pin_user_pages_fast(a, n, FOLL_WRITE, gpages);
	unpin_user_pages(gpages, n); /* REPORT */
}
