// SPDX-License-Identifier: GPL-2.0
/* The netdev instance lock: "net: add netdev_lock() / netdev_unlock() helpers", v6.14 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	netdev_lock(dev);
	netdev_unlock(dev);
}
