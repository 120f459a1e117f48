// SPDX-License-Identifier: GPL-2.0
/*
 * netdev_hold()/netdev_put(): "net: rename reference+tracking helpers",
 * v6.0 (absent in Debian's 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: d62607c3fe45, net-next of June 2022.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, netdevice_tracker *tracker)
{
	netdev_hold(dev, tracker, GFP_KERNEL);
	netdev_put(dev, tracker);
}
