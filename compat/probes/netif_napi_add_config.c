// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_config(): "net: napi: Add napi_config" (v6.13); absent in
 * 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 86e25f40aa1e, net-next v5 of 2024-10-09.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_config(dev, n, poll, 0);
}
