// iov_iter_extract_pages() in one function, the release in another: the
// iterator's direction is read through a pointer, so both releases are left
// to a person
struct demo_shm {
	struct page **pages;
	size_t num_pages;
};

static int demo_register(struct demo_shm *shm, struct iov_iter *iter, size_t len)
{
	size_t off;
	ssize_t len2;

	len2 = iov_iter_extract_pages(iter, &shm->pages, LONG_MAX, shm->num_pages, 0, &off);
	if (len2 <= 0)
		return len2 ? len2 : -ENOMEM;
	if (len2 != len) {
		unpin_user_pages(shm->pages, DIV_ROUND_UP(len2 + off, PAGE_SIZE)); /* REPORT */
		return -EFAULT;
	}
	return 0;
}

static void demo_release(struct demo_shm *shm)
{
	unpin_user_pages(shm->pages, shm->num_pages); /* REPORT */
}
