// a helper pins single pages into a struct member array (oradax-like); the
// teardown of another function reads them back through a local variable
#define DEMO_IN 0
#define DEMO_OUT 1

struct demo_ctx {
	struct page *pages[4][2];
};

static int demo_lock_page(unsigned long va, struct page **p)
{
	int ret;

	ret = pin_user_pages_fast(va, 1, FOLL_WRITE, p);
	return ret == 1 ? 0 : -EFAULT;
}

static int demo_lock_pages(struct demo_ctx *ctx, int idx, unsigned long in, unsigned long out)
{
	if (demo_lock_page(in, &ctx->pages[idx][DEMO_IN]) != 0)
		return -EFAULT;
	if (demo_lock_page(out, &ctx->pages[idx][DEMO_OUT]) != 0)
		return -EFAULT;
	return 0;
}

static void demo_unlock_pages(struct demo_ctx *ctx, int n)
{
	int i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < 2; j++) {
			struct page *p = ctx->pages[i][j];

			if (p) {
				unpin_user_pages_dirty_lock(&p, 1, j == DEMO_OUT); /* REPORT */
				ctx->pages[i][j] = NULL;
			}
		}
	}
}
