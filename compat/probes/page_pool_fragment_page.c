// SPDX-License-Identifier: GPL-2.0
/*
 * A page pool page's fragment count, set by the driver
 * (page_pool_fragment_page(), then page_pool_defrag_page(), renamed
 * page_pool_unref_page() in v6.7, to drop it): "page_pool:
 * Refactor page_pool to enable fragmenting after allocation", v5.19.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 52cc6ffc0ab2, net-next v3 (patchwork bot's reply), listed in a
 * networking pull beside the page pool statistics ('Refactor page_pool to
 * enable fragmenting after allocation'): v5.19.
 */
#if __has_include("net/page_pool/helpers.h")
#include <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif

void rdmabp_probe(struct page *page)
{
	page_pool_fragment_page(page, 2);
}
