// SPDX-License-Identifier: GPL-2.0
/*
 * The 1.6 Tb/s link modes (1600000baseCR8_Full ...): "net: ethtool: Add
 * support for 1600Gbps speed", v6.19 (posted 2025-11-17, in the v6.18 cycle;
 * in net-next by 2025-12-04, when ethtool's own UAPI copy took it).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 491c5dc98b84, net-next V2 of 2025-11-19 applied (patchwork
 * bot's reply), before v6.18 (2025-11-30): v6.19 consistent.
 */
#include <linux/ethtool.h>

int rdmabp_probe(void)
{
	return ETHTOOL_LINK_MODE_1600000baseCR8_Full_BIT;
}
