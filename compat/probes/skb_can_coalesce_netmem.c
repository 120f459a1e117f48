// SPDX-License-Identifier: GPL-2.0
/*
 * skb_can_coalesce_netmem() in <linux/skbuff.h> (after v6.12; absent in
 * 6.12.117, present in 7.2.13).
 */
#include <linux/skbuff.h>

bool rdmabp_probe(struct sk_buff *skb, netmem_ref netmem)
{
	return skb_can_coalesce_netmem(skb, 1, netmem, 0);
}
