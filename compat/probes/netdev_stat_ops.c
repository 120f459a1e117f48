// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::stat_ops, the per-queue statistics the netdev netlink family
 * asks a driver for: "netdev: add per-queue statistics" (v6.9); absent in
 * 6.1.192, present in 6.12.117.
 * Checked: ab63a2387cb9, net-next v2 of 2024-02-28.
 */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

void rdmabp_probe(struct net_device *dev, const struct netdev_stat_ops *ops)
{
	dev->stat_ops = ops;
}
