// SPDX-License-Identifier: GPL-2.0
/*
 * netif_queue_set_napi() and NETDEV_QUEUE_TYPE_*, the queue-to-NAPI link
 * of the netdev netlink family: "netdev-genl: Add netlink framework
 * functions for queue" (v6.8); absent in 6.1.192, present in 6.12.117.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *napi)
{
	netif_queue_set_napi(dev, 0, NETDEV_QUEUE_TYPE_RX, napi);
}
