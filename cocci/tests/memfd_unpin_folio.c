// memfd_pin_folios() + unpin_folio() / unpin_folios() (udmabuf-like)
static long demo_pin_folios(struct demo_buf *ubuf, struct file *memfd,
			    loff_t start, loff_t end, pgoff_t pgcnt)
{
	struct folio **folios;
	pgoff_t pgoff;
	long nr_folios, i;

	folios = kvmalloc_array(pgcnt, sizeof(*folios), GFP_KERNEL);
	if (!folios)
		return -ENOMEM;
	nr_folios = memfd_pin_folios(memfd, start, end, folios, pgcnt, &pgoff);
	if (nr_folios <= 0) {
		kvfree(folios);
		return nr_folios ? nr_folios : -EINVAL;
	}
	for (i = 0; i < nr_folios; i++) {
		if (demo_add_folio(ubuf, folios[i])) {
			unpin_folios(folios, nr_folios);
			kvfree(folios);
			return -ENOMEM;
		}
	}
	if (demo_too_small(ubuf))
		unpin_folio(folios[0]);
	kvfree(folios);
	return 0;
}
