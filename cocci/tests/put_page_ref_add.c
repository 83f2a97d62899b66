// page_ref_add() takes references too
static void demo(unsigned long a, struct page **pages, struct sk_buff *skb)
{
	int ret;

	ret = pin_user_pages_fast(a, 1, FOLL_WRITE, pages);
	page_ref_add(pages[0], 1);
	skb_fill_page_desc(skb, 0, pages[0], 0, PAGE_SIZE);
	demo_use(pages);
	put_page(pages[0]); /* REPORT */
}
