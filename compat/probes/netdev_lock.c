// SPDX-License-Identifier: GPL-2.0
/*
 * The netdev instance lock: "net: add netdev_lock() / netdev_unlock() helpers", v6.14
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: ebda2f0bbde5, net-next v2 of 2025-01-15.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	netdev_lock(dev);
	netdev_unlock(dev);
}
