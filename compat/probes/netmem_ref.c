// SPDX-License-Identifier: GPL-2.0
/*
 * netmem_ref, a fragment's memory as <linux/skbuff.h> hands it out:
 * "net: introduce abstraction for network memory" and "net: add netmem to
 * skb_frag_t" (both v6.9; the first written v6.8 here before: the pair,
 * v7 of 2024-02-01, was merged into net-next together, next to
 * for-6.9/block merges; inferred); absent in 6.1.192, present in 6.12.118.
 * The page pool's netmem calls came in the same bracket: "page_pool:
 * unify frag_count handling in page_pool_is_last_frag()" (v6.7: its v12
 * was applied to net-next in October 2023, in the v6.6 cycle; written
 * v6.6 here before) and "page_pool: convert to use netmem" (v6.11 at the
 * earliest: still at v12 on the list on 2024-06-17, in the v6.10 cycle;
 * written v6.9 here before).
 * Checked: 18ddbf5cf0e7 and 21d2e6737c97 (the pair); the page pool subjects
 * as said above.
 */
#include <linux/skbuff.h>

netmem_ref rdmabp_probe(const skb_frag_t *frag)
{
	return skb_frag_netmem(frag);
}
