// SPDX-License-Identifier: GPL-2.0
/* netif_get_flags(): "net: rename dev_get_flags() to netif_get_flags()", v6.18 */
#include <linux/netdevice.h>

unsigned int rdmabp_probe(const struct net_device *dev)
{
	return netif_get_flags(dev);
}
