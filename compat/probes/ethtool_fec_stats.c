// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_fec_stats (corrected and uncorrectable FEC blocks):
 * "ethtool: add FEC statistics", v5.13.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: be85dbfeb37c, net-next v2 3/6 of 2021-04-15, in the linux-next
 * push log of 2021-04-29 (after v5.12 of 2021-04-25): v5.13, inferred from
 * that date.
 */
#include <linux/ethtool.h>

/* The callback is looked for, not called: v6.18 gave it a histogram too. */
u64 rdmabp_probe(const struct ethtool_ops *ops, struct ethtool_fec_stats *stats)
{
	return ops->get_fec_stats ? stats->corrected_blocks.total : 0;
}
