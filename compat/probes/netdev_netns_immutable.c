// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::netns_immutable instead of the NETIF_F_NETNS_LOCAL feature
 * bit: "net: convert NETIF_F_NETNS_LOCAL to dev->netns_local" (v6.12) and
 * "net: rename netns_local to netns_immutable" (v6.15, in 6.12.118 too);
 * absent in 6.1.192, present in 6.12.118.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->netns_immutable = true;
}
