// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::netns_immutable instead of the NETIF_F_NETNS_LOCAL feature
 * bit: "netdev_features: convert NETIF_F_NETNS_LOCAL to dev->netns_local"
 * (v6.12; written with a net: prefix here before) and "net: rename
 * netns_local to netns_immutable" (v6.15, in 6.12.118 too); absent in
 * 6.1.192, present in 6.12.118.
 * Checked: 05c1280a2bcf and 0c493da86374, in v6.12-rc1 and in v6.15-rc1 by
 * a Debian stable backport's note.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->netns_immutable = true;
}
