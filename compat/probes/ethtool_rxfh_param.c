// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_rxfh()/set_rxfh() take a struct ethtool_rxfh_param:
 * "net: ethtool: pass a pointer to parameters to get/set_rxfh ethtool ops"
 * (v6.8); absent in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: fb6e30a72539, net-next v9 of December 2023.
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct net_device *dev, const struct ethtool_ops *ops)
{
	struct ethtool_rxfh_param rxfh = { .input_xfrm = 0 };

	return ops->get_rxfh(dev, &rxfh) + ops->set_rxfh(dev, &rxfh, NULL);
}
