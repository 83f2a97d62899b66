// "if (E) flags |= FOLL_WRITE" that a path to the pin does not pass: the
// direction is not E, "gup_flags & FOLL_WRITE" is
static int demo_pin_maybe(unsigned long uaddr, int n, struct page **pages,
			  bool write, bool quick)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long got;

	if (write)
		demo_prepare(uaddr, n);
	if (quick)
		goto pin;
	if (write)
		gup_flags |= FOLL_WRITE;
pin:
	got = pin_user_pages_fast(uaddr, n, gup_flags, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		return -EFAULT;
	}
	return 0;
}

// the "if" calls a function: its value at the release may differ
static int demo_pin_obj(struct demo_obj *obj, int n, struct page **pages)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	long got;

	if (!demo_obj_readonly(obj))
		gup_flags |= FOLL_WRITE;
	got = pin_user_pages_fast(obj->uaddr, n, gup_flags, pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		return -EFAULT;
	}
	return 0;
}
