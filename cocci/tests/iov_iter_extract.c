// iov_iter_extract_pages() pins for write exactly when the iterator is a
// destination, which it reads through a pointer: left to a person
static int demo_map_user(struct iov_iter *iter, size_t bytes, unsigned int nr_vecs)
{
	struct page *stack_pages[DEMO_INLINE];
	struct page **pages = stack_pages;
	size_t offset;
	ssize_t ret;
	int i;

	ret = iov_iter_extract_pages(iter, &pages, bytes, nr_vecs, 0, &offset);
	if (unlikely(ret < 0))
		return ret;
	if (user_backed_iter(iter) && unlikely(ret != bytes)) {
		int npinned = DIV_ROUND_UP(offset + ret, PAGE_SIZE);

		for (i = 0; i < npinned; i++)
			unpin_user_page(pages[i]); /* REPORT */
		return -EFAULT;
	}
	return 0;
}
