// SPDX-License-Identifier: GPL-2.0
/*
 * alloc_netdev_dummy(): "net: create a dummy net_device allocator", v6.10.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <linux/netdevice.h>

struct net_device *rdmabp_probe(void)
{
	return alloc_netdev_dummy(0);
}
