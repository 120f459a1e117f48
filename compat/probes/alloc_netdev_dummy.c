// SPDX-License-Identifier: GPL-2.0
/*
 * alloc_netdev_dummy(): "net: create a dummy net_device allocator", v6.10.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: c661050f93d3, net-next v7 posted 2024-04-22, before v6.9
 * (2024-05-12): v6.10 consistent with that date.
 */
#include <linux/netdevice.h>

struct net_device *rdmabp_probe(void)
{
	return alloc_netdev_dummy(0);
}
