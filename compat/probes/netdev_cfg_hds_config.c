// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_config with hds_config (net core keeps the TCP header-data split setting), "net: ethtool: store netdev_config" (v6.13)
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int rdmabp_probe(struct net_device *dev)
{
	return dev->cfg->hds_config;
}
