// SPDX-License-Identifier: GPL-2.0
/*
 * netif_set_mtu(): "net: rename dev_set_mtu() callers' locked variant to netif_set_mtu()", v6.15
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

int rdmabp_probe(struct net_device *dev)
{
	return netif_set_mtu(dev, 1500);
}
