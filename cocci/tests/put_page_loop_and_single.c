// a put_page() alone and one in a loop read alike: patch mode cannot tell
// them apart
static void demo_rel(unsigned long a, int n, struct page **pages)
{
	int i;

	pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	if (n == 1) {
		put_page(pages[i]); /* REPORT */
		return;
	}
	for (i = 0; i < n; i++)
		put_page(pages[i]); /* REPORT */
}
