// SPDX-License-Identifier: GPL-2.0
/*
 * The lane count of a link: "ethtool: Extend link modes settings uAPI with
 * lanes", v5.12 (written v5.11 here before). Absent in Debian's 5.10.0-46,
 * present in its 6.1.0-57.
 * Checked: 012ce4dd3102; its net-next v4 was posted 2021-02-02, twelve days
 * before v5.11 was released; the release is inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

u32 rdmabp_probe(const struct ethtool_link_ksettings *ks)
{
	return ks->lanes;
}
