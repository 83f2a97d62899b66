// several early error returns after a single-page pin (acrn-like)
static int demo_ioreq_init(struct demo_vm *vm, u64 buf_vma)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(buf_vma, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (unlikely(ret != 1) || !page)
		return -EFAULT;
	if (demo_check_page(page)) {
		unpin_user_page(page);
		return -EINVAL;
	}
	ret = demo_hcall(vm, page_to_phys(page));
	if (ret < 0) {
		unpin_user_page(page);
		return ret;
	}
	vm->ioreq_page = page;
	return 0;
}
