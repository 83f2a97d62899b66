// the direction is read from a struct field (genwqe-like): it may change
// before the release
static int demo_user_vmap(struct demo_mapping *m, unsigned long data)
{
	int rc;

	rc = pin_user_pages_fast(data & PAGE_MASK, m->nr_pages,
				 m->write ? FOLL_WRITE : 0, m->page_list);
	if (rc < 0)
		return rc;
	if (rc < m->nr_pages) {
		unpin_user_pages_dirty_lock(m->page_list, rc, m->write); /* REPORT */
		return -EFAULT;
	}
	rc = demo_map_pages(m->page_list, m->nr_pages);
	if (rc != 0)
		goto fail_free_user_pages;
	return 0;

fail_free_user_pages:
	unpin_user_pages_dirty_lock(m->page_list, m->nr_pages, m->write); /* REPORT */
	return rc;
}
