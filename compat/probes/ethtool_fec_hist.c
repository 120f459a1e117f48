// SPDX-License-Identifier: GPL-2.0
/*
 * "ethtool: add FEC bins histogram report": struct ethtool_fec_hist, v6.18
 * at the earliest (v5 posted 2025-09-22, a week before v6.17 was released;
 * in net-next by 2025-12-04, when ethtool's own UAPI copy took it: v6.19 at
 * the latest; which of the two is not established here).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: cc2f08129925, net-next v6 (reviewed 2025-09-24) applied
 * (patchwork bot's reply), days before v6.17 (2025-09-28): v6.18
 * consistent.
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct ethtool_fec_hist *hist)
{
	return sizeof(*hist);
}
