// SPDX-License-Identifier: GPL-2.0
/* the 200 Gb/s per lane link modes (200000baseCR_Full ... 800000baseVR4_Full): absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

int rdmabp_probe(void)
{
	return ETHTOOL_LINK_MODE_200000baseCR_Full_BIT +
	       ETHTOOL_LINK_MODE_800000baseVR4_Full_BIT;
}
