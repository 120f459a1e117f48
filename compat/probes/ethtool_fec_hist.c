// SPDX-License-Identifier: GPL-2.0
/*
 * "ethtool: add FEC bins histogram report": struct ethtool_fec_hist (7.2.13; not 6.12.117)
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct ethtool_fec_hist *hist)
{
	return sizeof(*hist);
}
