// SPDX-License-Identifier: GPL-2.0
/*
 * The lane count of a link: "ethtool: Extend link modes settings uAPI with
 * lanes", v5.11 (absent in Debian's 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

u32 rdmabp_probe(const struct ethtool_link_ksettings *ks)
{
	return ks->lanes;
}
