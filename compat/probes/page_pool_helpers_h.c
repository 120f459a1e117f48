// SPDX-License-Identifier: GPL-2.0
/*
 * <net/page_pool/helpers.h> and <net/page_pool/types.h>: "page_pool:
 * split types and declarations from page_pool.h" (v6.6); before, one
 * <net/page_pool.h>. Absent in 6.1.192, present in 6.12.117.
 * Checked: a9ca9f9ceff3, given as v6.6 by an out-of-tree driver's note.
 */
#include <net/page_pool/helpers.h>

struct page *rdmabp_probe(struct page_pool *pool)
{
	return page_pool_dev_alloc_pages(pool);
}
