// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_locked(), __netif_napi_del_locked(): "net: protect
 * netdev->napi_list with netdev_lock()", v6.14 (the netdev_lock() NAPI series
 * of 2025-01-15, in the net-next-6.14 pull; the same patch added
 * netif_napi_add_config_locked()).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 1b23cdbd2bbc (patch 05/11 of Jakub Kicinski's net-next series,
 * v2 of 2025-01-14, named in Fixes: tags). Patches 03-06 were not applied
 * from that v2 (patchwork bot: 'no matching commit') and came later, and
 * the '[GIT PULL] Networking for v6.14' of 2025-01-21 was not seen to list
 * them; it was later queued for 6.13 stable. v6.14 kept, not established
 * (v6.15 possible).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_locked(dev, n, poll);
	__netif_napi_del_locked(n);
}
