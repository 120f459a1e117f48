// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_sprintf(): "ethtool: Add common function for filling out
 * strings", v5.13.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 7888fe53b706, net-next v2 01/10 (patchwork bot's reply), pushed
 * to net-next after the mlx5 tag of 2021-03-16, before v5.12 of
 * 2021-04-25: v5.13, inferred from that date.
 */
#include <linux/ethtool.h>

void rdmabp_probe(u8 **data, int i)
{
	ethtool_sprintf(data, "rdmabp%d", i);
}
