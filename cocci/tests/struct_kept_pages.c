// the function pins a new page and releases the one kept in a struct (acrn-like):
// the struct member holds only pages of this pin
static long demo_ioctl_monitor(struct demo_vm *vm, unsigned long ioctl_param)
{
	struct page *page;
	long ret;

	ret = pin_user_pages_fast(ioctl_param, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (unlikely(ret != 1))
		return -EFAULT;
	ret = demo_hcall_monitor(vm, page_to_phys(page));
	if (ret < 0) {
		unpin_user_page(page);
		return ret;
	}
	if (vm->monitor_page)
		unpin_user_page(vm->monitor_page);
	vm->monitor_page = page;
	return 0;
}
