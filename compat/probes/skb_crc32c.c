// SPDX-License-Identifier: GPL-2.0
/*
 * skb_crc32c(): "net: add skb_crc32c()", v6.16
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: posted 2025-05-10 for net-next for 6.16.
 */
#include <linux/skbuff.h>

u32 rdmabp_probe(const struct sk_buff *skb)
{
	return skb_crc32c(skb, 0, skb->len, 0);
}
