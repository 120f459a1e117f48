// SPDX-License-Identifier: GPL-2.0
/*
 * skb_can_coalesce_netmem() in <linux/skbuff.h>: "net: Add skb_can_coalesce
 * for netmem", v6.17 (v5 of the mlx5e netmem series posted 2025-06-12, in the
 * v6.16 cycle; the release is inferred from that date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: in the same net-next v5 series of 2025-06-12 as a202f24b0858
 * (after v6.16-rc1), next to it in the net-next logs: v6.17 consistent.
 */
#include <linux/skbuff.h>

bool rdmabp_probe(struct sk_buff *skb, netmem_ref netmem)
{
	return skb_can_coalesce_netmem(skb, 1, netmem, 0);
}
