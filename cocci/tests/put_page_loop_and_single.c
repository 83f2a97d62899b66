// a put_page() alone and one in a loop that read alike: each becomes
// put_user_page() where it stands (a loop stays a loop: its count may be
// negative, which put_user_pages() warns about)
static void demo_rel(unsigned long a, int n, struct page **pages)
{
	int i;

	pin_user_pages_fast(a, n, FOLL_WRITE, pages);
	if (n == 1) {
		put_page(pages[i]);
		return;
	}
	for (i = 0; i < n; i++)
		put_page(pages[i]);
}
