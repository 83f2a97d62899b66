// "if (write) flags |= FOLL_WRITE" on a local flags variable, make_dirty =
// write: the direction is "flags & FOLL_WRITE", which make_dirty does not
// imply as the script sees it
static ssize_t demo_rw_core(struct mm_struct *mm, unsigned long pa, int nr,
			    struct page **process_pages, int vm_write)
{
	unsigned int flags = 0;
	int locked = 1;
	long pinned;

	if (vm_write)
		flags |= FOLL_WRITE;
	mmap_read_lock(mm);
	pinned = pin_user_pages_remote(mm, pa, nr, flags, process_pages, &locked);
	if (locked)
		mmap_read_unlock(mm);
	if (pinned <= 0)
		return -EFAULT;
	demo_copy(process_pages, pinned, vm_write);
	unpin_user_pages_dirty_lock(process_pages, pinned, vm_write); /* REPORT */
	return 0;
}
