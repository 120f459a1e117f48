// SPDX-License-Identifier: GPL-2.0
/*
 * netif_queue_set_napi() and NETDEV_QUEUE_TYPE_*, the queue-to-NAPI link of
 * the netdev netlink family: "net: Add queue and napi association" (v6.8;
 * the subject written here before, netdev-genl: Add netlink framework
 * functions for queue, is the series' netlink patch); absent in 6.1.192,
 * present in 6.12.117.
 * Checked: 2a502ff0c4e4, net-next v8 of November 2023.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_queue_set_napi(dev, 0, NETDEV_QUEUE_TYPE_RX, napi);
}
