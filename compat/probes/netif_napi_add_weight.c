// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_weight(): "net: add netif_napi_add_weight() helper",
 * v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_weight(dev, n, poll, 64);
}
