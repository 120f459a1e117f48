// SPDX-License-Identifier: GPL-2.0
/*
 * The 200 Gb/s per lane link modes (200000baseCR_Full ...
 * 800000baseVR4_Full): "ethtool: Add support for 200Gbps per lane link
 * modes", v6.15 (posted 2025-02-03, in the v6.14 cycle; the release is
 * inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 4897f9b7f8bd, net-next of 2025-02-03 applied (patchwork bot's
 * reply): v6.15 consistent.
 */
#include <linux/ethtool.h>

int rdmabp_probe(void)
{
	return ETHTOOL_LINK_MODE_200000baseCR_Full_BIT +
	       ETHTOOL_LINK_MODE_800000baseVR4_Full_BIT;
}
