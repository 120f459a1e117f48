// SPDX-License-Identifier: GPL-2.0
/*
 * pp_page_to_nmdesc() in <net/netmem.h>: the page pool fields move from
 * struct page to struct netmem_desc (netmem_desc series, v6.17; absent in
 * 6.12.117, present in 7.2.13).
 */
#include <net/netmem.h>

struct page_pool *rdmabp_probe(struct page *page)
{
	return pp_page_to_nmdesc(page)->pp;
}
