// SPDX-License-Identifier: GPL-2.0
/*
 * the 800 Gb/s link modes (800000baseCR8_Full ...): "ethtool: Add support
 * for 800Gbps link modes" (v6.2); absent in 6.1.0-57 (6.1.x), present in
 * 6.12.118.
 * Checked: 404c76783f32, net-next of 2022-10-20.
 */
#include <linux/ethtool.h>

int rdmabp_probe(void)
{
	return ETHTOOL_LINK_MODE_800000baseCR8_Full_BIT;
}
