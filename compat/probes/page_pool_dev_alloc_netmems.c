// SPDX-License-Identifier: GPL-2.0
/*
 * page_pool_dev_alloc_netmems() in <net/page_pool/helpers.h>: "page_pool:
 * Add page_pool_dev_alloc_netmems helper", v6.17 (v5 of the mlx5e netmem
 * series posted 2025-06-12, in the v6.16 cycle; the release is inferred from
 * that date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: a202f24b0858, patch 03/12 of the mlx5 netmem TX series, net-
 * next v5 of 2025-06-12 (after v6.16-rc1): v6.17 consistent.
 */
#include <net/page_pool/helpers.h>

netmem_ref rdmabp_probe(struct page_pool *pool)
{
	return page_pool_dev_alloc_netmems(pool);
}
