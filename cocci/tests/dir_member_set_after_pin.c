// the struct member the direction is read from is stored after the pin
struct demo_map {
	struct page **pages;
	unsigned long npages;
	bool write;
};

static int demo_map_user(struct demo_map *m, unsigned long uaddr)
{
	long got;

	got = pin_user_pages_fast(uaddr, m->npages, m->write ? FOLL_WRITE : 0, m->pages);
	m->write = demo_wants_write(m);
	if (got != m->npages) {
		if (got > 0)
			unpin_user_pages(m->pages, got); /* REPORT */
		return -EFAULT;
	}
	return 0;
}

static void demo_unmap_user(struct demo_map *m)
{
	unpin_user_pages_dirty_lock(m->pages, m->npages, m->write); /* REPORT */
}

// the direction variable of a ternary changes after the pin
static int demo_xfer(unsigned long uaddr, int n, struct page **pages, bool write)
{
	long got;

	got = pin_user_pages_fast(uaddr, n, write ? FOLL_WRITE : 0, pages);
	write = demo_next_dir(write);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got); /* REPORT */
		return -EFAULT;
	}
	return 0;
}

// the condition of "if (E) flags |= FOLL_WRITE" changes after the pin: the
// direction is the flags variable's, "gup_flags & FOLL_WRITE", which does not
static int demo_xfer_flags(unsigned long uaddr, int n, struct page **pages, int perm)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long got;

	if (perm & DEMO_WRITE)
		gup_flags |= FOLL_WRITE;
	got = pin_user_pages_fast(uaddr, n, gup_flags, pages);
	perm = demo_next_perm(perm);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		return -EFAULT;
	}
	return 0;
}
