// make_dirty equal to the direction: "if (write) ... else ..." gets braces
// where the release is alone in an if branch or in a loop body
static int demo_rw(struct mm_struct *mm, unsigned long pa, int nr,
		   struct page **pages, int vm_write, bool again)
{
	int locked = 1, i;
	long pinned;

	pinned = pin_user_pages_remote(mm, pa, nr, vm_write ? FOLL_WRITE : 0, pages,
				       &locked);
	if (pinned <= 0)
		return -EFAULT;
	if (again)
		unpin_user_pages_dirty_lock(pages, pinned, vm_write);
	for (i = 0; i < nr; i++)
		unpin_user_pages_dirty_lock(&pages[i], 1, vm_write);
	return 0;
}
