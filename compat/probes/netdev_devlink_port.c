// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::devlink_port, set with SET_NETDEV_DEVLINK_PORT() (it replaces
 * ndo_get_devlink_port()): "net: devlink: track netdev with devlink_port
 * assigned" (v6.2); absent in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: 02a68a47eade, net-next of November 2022.
 */
#include <linux/netdevice.h>
#include <net/devlink.h>

struct devlink_port *rdmabp_probe(struct net_device *dev,
				  struct devlink_port *port)
{
	SET_NETDEV_DEVLINK_PORT(dev, port);
	return dev->devlink_port;
}
