// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_locked(), __netif_napi_del_locked(): "net: protect
 * netdev->napi_list with netdev_lock()", v6.14 (the netdev_lock() NAPI series
 * of 2025-01-15, in the net-next-6.14 pull; the same patch added
 * netif_napi_add_config_locked()).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_locked(dev, n, poll);
	__netif_napi_del_locked(n);
}
