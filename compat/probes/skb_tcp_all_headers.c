// SPDX-License-Identifier: GPL-2.0
/*
 * skb_tcp_all_headers(): "net: add skb_[inner_]tcp_all_headers helpers",
 * v6.0
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 504148fedb85, posted to net-next on 2022-06-30, after v5.19-rc1
 * (2022-06-05), and named in Fixes: tags: v6.0 (inferred), not v5.19 as
 * written here before.
 */
#include <linux/tcp.h>

int rdmabp_probe(const struct sk_buff *skb)
{
	return skb_tcp_all_headers(skb);
}
