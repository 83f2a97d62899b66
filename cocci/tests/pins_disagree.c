// two pins of different directions: releases tied to their arrays are converted
static int demo_copy_job(unsigned long src, unsigned long dst, int n,
			 struct page **in, struct page **out)
{
	int nin, nout, i;

	nin = pin_user_pages_fast(src, n, 0, in);
	if (nin != n)
		goto err_in;
	nout = pin_user_pages_fast(dst, n, FOLL_WRITE, out);
	if (nout != n)
		goto err_out;
	for (i = 0; i < n; i++)
		demo_copy_page(out[i], in[i]);
	unpin_user_pages_dirty_lock(out, n, true);
	unpin_user_pages(in, n);
	return 0;
err_out:
	if (nout > 0)
		unpin_user_pages(out, nout);
err_in:
	for (i = 0; i < nin; i++)
		unpin_user_page(demo_page_of(i, in, out)); /* REPORT */
	return -EFAULT;
}
