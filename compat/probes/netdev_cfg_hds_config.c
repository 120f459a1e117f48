// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_config with hds_config (the net core keeps the TCP
 * header-data split setting) at dev->cfg: "net: move HDS config from ethtool
 * state", v6.14 (posted 2025-01-17, three days before v6.13 was released,
 * and in the v6.14 networking pull). The subject written here
 * before, net: ethtool: store netdev_config (v6.13), was from memory and
 * matches no patch found.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 3c836451ca90, posted 2025-01-17 and listed in '[GIT PULL]
 * Networking for v6.14' of 2025-01-21: v6.14.
 */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int rdmabp_probe(struct net_device *dev)
{
	return dev->cfg->hds_config;
}
