// SPDX-License-Identifier: GPL-2.0
/*
 * netif_get_flags(): "net: rename dev_get_flags() to netif_get_flags()", v6.18
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

unsigned int rdmabp_probe(const struct net_device *dev)
{
	return netif_get_flags(dev);
}
