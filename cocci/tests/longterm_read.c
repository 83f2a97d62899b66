// FOLL_LONGTERM read pins of three arrays (vmwgfx-like)
static int demo_add(struct demo_arg *arg, struct page **ps, struct page **pi, int n)
{
	long nr_s, nr_i;
	int ret = -ENOMEM;

	nr_s = pin_user_pages_fast(arg->stat, n, FOLL_LONGTERM, ps);
	if (nr_s != n)
		goto err_nomem;
	nr_i = pin_user_pages_fast(arg->info, n, FOLL_LONGTERM, pi);
	if (nr_i != n)
		goto err_nomem;
	return 0;

err_nomem:
	if (nr_i > 0)
		unpin_user_pages(pi, nr_i); /* REPORT */
	if (nr_s > 0)
		unpin_user_pages(ps, nr_s);
	return ret;
}
