// SPDX-License-Identifier: GPL-2.0
/*
 * struct kernel_ethtool_ts_info, the in-kernel type of ethtool_ops::get_ts_info:
 * "net: Add struct kernel_ethtool_ts_info" (v6.11); absent in 6.1.0-57
 * (6.1.x), present in 6.12.118.
 * Checked: 2111375b85ad, net-next v17 of 2024.
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct kernel_ethtool_ts_info *info, const struct ethtool_ops *ops)
{
	return ops->get_ts_info(NULL, info) + info->phc_index;
}
