// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_module_eeprom_by_page (a module's EEPROM read by page,
 * bank and I2C address): "ethtool: Allow network drivers to dump
 * arbitrary EEPROM data", v5.13.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: c781ff12a2f3, net-next 1/8 of 2021-04-09 (after RFC V5 of
 * 2021-03-25), before v5.12 of 2021-04-25: v5.13, inferred from that date.
 */
#include <linux/ethtool.h>

int rdmabp_probe(const struct ethtool_ops *ops,
		 const struct ethtool_module_eeprom *page)
{
	return ops->get_module_eeprom_by_page(NULL, page, NULL);
}
