// FOLL_GET user (ptrace-like access_remote_vm): struct page references, not pins
static int demo_access_remote(struct mm_struct *mm, unsigned long addr, void *buf,
			      int len, unsigned int gup_flags)
{
	struct page *page;
	void *maddr;
	int ret;

	ret = get_user_pages_remote(mm, addr, 1, gup_flags, &page, NULL);
	if (ret <= 0)
		return 0;
	maddr = kmap_local_page(page);
	if (gup_flags & FOLL_WRITE) {
		copy_to_user_page(NULL, page, addr, maddr + offset_in_page(addr), buf, len);
		set_page_dirty_lock(page);
	} else {
		copy_from_user_page(NULL, page, addr, buf, maddr + offset_in_page(addr), len);
	}
	kunmap_local(maddr);
	put_page(page);
	return len;
}
