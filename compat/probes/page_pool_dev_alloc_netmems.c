// SPDX-License-Identifier: GPL-2.0
/*
 * page_pool_dev_alloc_netmems() in <net/page_pool/helpers.h> (after v6.12;
 * absent in 6.12.117, present in 7.2.13).
 */
#include <net/page_pool/helpers.h>

netmem_ref rdmabp_probe(struct page_pool *pool)
{
	return page_pool_dev_alloc_netmems(pool);
}
