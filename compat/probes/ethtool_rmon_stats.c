// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_rmon_stats (RMON counters and packet size histograms):
 * "ethtool: add interface to read RMON stats", v5.13.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: a8b06e9d40d8 in the linux-next push log of 2021-04-29 (net-next
 * merge 'ethtool-stats', after v5.12 of 2021-04-25): v5.13, inferred from
 * that date.
 */
#include <linux/ethtool.h>

void rdmabp_probe(const struct ethtool_ops *ops,
		  struct ethtool_rmon_stats *stats,
		  const struct ethtool_rmon_hist_range **ranges)
{
	ops->get_rmon_stats(NULL, stats, ranges);
}
