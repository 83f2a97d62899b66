// local flags variable built from constants only
static int demo_reg_umem(unsigned long uaddr, unsigned long npages, struct page **page_list)
{
	unsigned int gup_flags = FOLL_LONGTERM | FOLL_WRITE;
	long pinned;

	pinned = pin_user_pages(uaddr, npages, gup_flags, page_list);
	if (pinned != npages)
		goto out;
	return 0;
out:
	if (pinned > 0)
		unpin_user_pages(page_list, pinned);
	return -ENOMEM;
}
