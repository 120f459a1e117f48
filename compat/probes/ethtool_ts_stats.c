// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_ts_stats (hardware timestamping statistics): "ethtool:
 * add interface to read Tx hardware timestamping statistics" (v6.10);
 * absent in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: 0e9c127729be, net-next v2 of 2024.
 */
#include <linux/ethtool.h>

void rdmabp_probe(const struct ethtool_ops *ops, struct ethtool_ts_stats *stats)
{
	ops->get_ts_stats(NULL, stats);
}
