// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_update_skb_frags_info() in <net/xdp.h>, which took over from
 * xdp_update_skb_shared_info() with a u32 of xdp_buff flags instead of a
 * pfmemalloc bool: "net: xdp: pass full flags to
 * xdp_update_skb_shared_info()", v6.18 (posted 2025-09-05, in the v6.17 cycle,
 * the rename included; the release is inferred from that date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 1827f773e416, applied to net-next (patchwork bot's reply; a
 * linux-next conflict report names it 'from the net-next tree'), after
 * v6.17-rc5: v6.18 consistent.
 */
#include <net/xdp.h>

void rdmabp_probe(struct sk_buff *skb, u32 xdp_flags)
{
	xdp_update_skb_frags_info(skb, 1, PAGE_SIZE, PAGE_SIZE, xdp_flags);
}
