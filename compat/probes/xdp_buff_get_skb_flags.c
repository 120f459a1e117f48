// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_buff_get_skb_flags() in <net/xdp.h>: the xdp_buff flags handed whole
 * to the skb helpers: "net: xdp: pass full flags to
 * xdp_update_skb_shared_info()", v6.18 (posted 2025-09-05, in the v6.17
 * cycle; the release is inferred from that date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 1827f773e416, applied to net-next (patchwork bot's reply; a
 * linux-next conflict report names it 'from the net-next tree'), after
 * v6.17-rc5: v6.18 consistent.
 */
#include <net/xdp.h>

u32 rdmabp_probe(const struct xdp_buff *xdp)
{
	return xdp_buff_get_skb_flags(xdp);
}
