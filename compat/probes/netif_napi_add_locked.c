// SPDX-License-Identifier: GPL-2.0
/* netif_napi_add_locked(), __netif_napi_del_locked(): netdev instance lock series; absent in 6.12.117, present in 7.2.13 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_locked(dev, n, poll);
	__netif_napi_del_locked(n);
}
