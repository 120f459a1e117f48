// SPDX-License-Identifier: GPL-2.0
/* ethtool_rxfh_indir_lost(): absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

void rdmabp_probe(struct net_device *dev)
{
	ethtool_rxfh_indir_lost(dev);
}
