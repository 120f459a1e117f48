// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_link_ext_stats (the link down events counter):
 * "ethtool: linkstate: add a statistic for PHY down events" (v6.2); absent
 * in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: 9a0f830f8026, net-next v5 of November 2022.
 */
#include <linux/ethtool.h>

void rdmabp_probe(const struct ethtool_ops *ops, struct ethtool_link_ext_stats *stats)
{
	ops->get_link_ext_stats(NULL, stats);
}
