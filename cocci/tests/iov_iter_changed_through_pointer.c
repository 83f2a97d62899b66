// the iterator that gives the direction is changed through a pointer after
// the pin
static void demo_rel(struct iov_iter *iter, struct iov_iter *other, struct page **pages, int n)
{
	size_t off;
	ssize_t got;

	got = iov_iter_extract_pages(iter, &pages, 4096, n, 0, &off);
	*iter = *other;
	if (iov_iter_extract_will_pin(iter))
		unpin_user_pages(pages, n); /* REPORT */
}
