// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_config with hds_config (the net core keeps the TCP
 * header-data split setting) at dev->cfg: "net: move HDS config from ethtool
 * state", v6.14 at the earliest (posted 2025-01-17, three days before v6.13
 * was released; v6.15 if it was applied after). The subject written here
 * before, net: ethtool: store netdev_config (v6.13), was from memory and
 * matches no patch found.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 3c836451ca90, posted 2025-01-17 (two days before v6.13) and
 * merged after the v6.14 merge window's vfs pull in the logs quoted: v6.14
 * kept, not established.
 */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>

int rdmabp_probe(struct net_device *dev)
{
	return dev->cfg->hds_config;
}
