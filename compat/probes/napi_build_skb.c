// SPDX-License-Identifier: GPL-2.0
/*
 * napi_build_skb(): "skbuff: introduce {,__}napi_build_skb() which reuses
 * NAPI cache heads", v5.12.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: f450d539c05a, net-next v6 08/11 of 2021-02-13, the day before
 * v5.11 was released: v5.12, inferred from that date.
 */
#include <linux/skbuff.h>

struct sk_buff *rdmabp_probe(void *data)
{
	return napi_build_skb(data, 2048);
}
