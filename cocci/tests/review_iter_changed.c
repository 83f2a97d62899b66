// the iterator is set up again (as a source) between the pin and the release
static int demo_iov_reinit(struct iov_iter *iter, size_t bytes, struct bio_vec *bv)
{
	struct page *stack_pages[16];
	struct page **pages = stack_pages;
	size_t offset;
	ssize_t ret;

	ret = iov_iter_extract_pages(iter, &pages, bytes, 16, 0, &offset);
	if (ret < 0)
		return ret;
	iov_iter_bvec(iter, ITER_SOURCE, bv, 1, bytes);
	unpin_user_page(pages[0]); /* REPORT */
	return 0;
}

// the direction is written through the pointer
static int demo_iov_member(struct iov_iter *iter, size_t bytes)
{
	struct page *stack_pages[16];
	struct page **pages = stack_pages;
	size_t offset;
	ssize_t ret;

	ret = iov_iter_extract_pages(iter, &pages, bytes, 16, 0, &offset);
	if (ret < 0)
		return ret;
	iter->data_source = ITER_SOURCE;
	unpin_user_page(pages[0]); /* REPORT */
	return 0;
}

// the iterator is copied over from another one
static int demo_iov_copy(struct iov_iter *iter, struct iov_iter *other, size_t bytes)
{
	struct page *stack_pages[16];
	struct page **pages = stack_pages;
	size_t offset;
	ssize_t ret;

	ret = iov_iter_extract_pages(iter, &pages, bytes, 16, 0, &offset);
	if (ret < 0)
		return ret;
	demo_restore(iter, other);
	unpin_user_page(pages[0]); /* REPORT */
	return 0;
}
