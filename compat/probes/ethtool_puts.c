// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_puts(): "ethtool: Implement ethtool_puts()" (v6.8); absent in
 * 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: 2a48c635fd9a, net-next v5 of November 2023.
 */
#include <linux/ethtool.h>

void rdmabp_probe(u8 **data)
{
	ethtool_puts(data, "rdmabp");
}
