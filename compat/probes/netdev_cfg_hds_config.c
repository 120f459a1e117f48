// SPDX-License-Identifier: GPL-2.0
/* struct netdev_config with hds_config (net core keeps the TCP header-data split setting), "net: ethtool: store netdev_config" (v6.13) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int rdmabp_probe(struct net_device *dev)
{
	return dev->cfg->hds_config;
}
