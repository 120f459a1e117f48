// SPDX-License-Identifier: GPL-2.0
/*
 * skb_tcp_all_headers(): "net: add skb_[inner_]tcp_all_headers helpers",
 * v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/tcp.h>

int rdmabp_probe(const struct sk_buff *skb)
{
	return skb_tcp_all_headers(skb);
}
