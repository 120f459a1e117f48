// SPDX-License-Identifier: GPL-2.0
/*
 * pp_page_to_nmdesc() in <net/netmem.h>: the page pool fields move from
 * struct page to struct netmem_desc ("netmem: introduce struct netmem_desc
 * mirroring struct page", v6.17), and a page pool page reaches them with
 * pp_page_to_nmdesc(), added by "netmem, mlx4: access ->pp_ref_count
 * through netmem_desc instead of page", v6.17.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: f3d85c9ee510 and 89ade7c73065, patches 1 and 3 of the v12
 * series posted 2025-07-21 (the patch text adds the macro), applied to
 * net-next as a whole (patchwork bot's reply); v6.17 inferred from that
 * date, a week before v6.16.
 */
#include <net/netmem.h>

struct page_pool *rdmabp_probe(struct page *page)
{
	return pp_page_to_nmdesc(page)->pp;
}
