// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_config_locked(): "net: protect netdev->napi_list with
 * netdev_lock()", v6.14 (the netdev_lock() NAPI series of 2025-01-15, in the
 * net-next-6.14 pull).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 1b23cdbd2bbc (patch 05/11 of Jakub Kicinski's net-next series
 * of January 2025, named in Fixes: tags); Greg Kroah-Hartman calls it
 * 'already in the 6.13 stable queue', so it was in mainline by the v6.14
 * cycle: v6.14.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_config_locked(dev, n, poll, 0);
}
