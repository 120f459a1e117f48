// SPDX-License-Identifier: GPL-2.0
/* RSS indirection table resize helpers of the ethtool core: absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

int rdmabp_probe(struct net_device *dev, u32 *tbl)
{
	ethtool_rxfh_indir_resize(dev, tbl, 1, 2);
	ethtool_rxfh_ctxs_resize(dev, 2);
	return ethtool_rxfh_indir_can_resize(dev, tbl, 1, 2) +
	       ethtool_rxfh_ctxs_can_resize(dev, 2);
}
