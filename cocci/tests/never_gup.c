// pages that never came from GUP
static int demo_alloc_ring(struct demo_ring *ring, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		ring->pages[i] = alloc_page(GFP_KERNEL);
		if (!ring->pages[i])
			goto err;
	}
	return 0;
err:
	while (--i >= 0)
		put_page(ring->pages[i]);
	for (i = 0; i < n; i++) {
		set_page_dirty_lock(ring->scratch[i]);
		put_page(ring->scratch[i]);
	}
	return -ENOMEM;
}
