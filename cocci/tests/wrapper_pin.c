// pins taken by a helper of the file that pins into the array it is passed
// (rds- and goldfish-like): the direction of each helper's pin reads its own
// variables, which the script does not carry to the calls
static int demo_pin_pages(unsigned long addr, unsigned int nr, struct page **pages, int write)
{
	unsigned int gup_flags = FOLL_LONGTERM;
	int ret;

	if (write)
		gup_flags |= FOLL_WRITE;
	ret = pin_user_pages_fast(addr, nr, gup_flags, pages);
	if (ret >= 0 && ret < nr) {
		unpin_user_pages(pages, ret);
		ret = -EFAULT;
	}
	return ret;
}

static int demo_map(unsigned long addr, unsigned int nr, struct page **pages)
{
	int ret;

	ret = demo_pin_pages(addr, nr, pages, 1);
	if (ret < 0)
		return ret;
	if (demo_register(pages, nr)) {
		unpin_user_pages(pages, nr); /* REPORT */
		return -EINVAL;
	}
	return 0;
}

static int demo_pipe_pin(unsigned long first, int is_write, struct page **pages)
{
	return pin_user_pages_fast(first, 8, !is_write ? FOLL_WRITE : 0, pages);
}

static int demo_transfer(struct demo_pipe *pipe, unsigned long address, int is_write)
{
	int count, consumed;

	count = demo_pipe_pin(address, is_write, pipe->pages);
	if (count < 0)
		return count;
	consumed = demo_cmd(pipe, is_write);
	unpin_user_pages_dirty_lock(pipe->pages, count, !is_write && consumed > 0); /* REPORT */
	return 0;
}
