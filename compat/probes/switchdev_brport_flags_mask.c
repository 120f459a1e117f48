// SPDX-License-Identifier: GPL-2.0
/*
 * Bridge port flags with their mask in switchdev attributes
 * (struct switchdev_brport_flags): "net: switchdev: pass flags and mask
 * to both {PRE_,}BRIDGE_FLAGS attributes", v5.12.
 * Checked: e18f4c18ab5b (v5 net-next 05/10 of Vladimir Oltean; the
 * patchwork bot's reply lists it as applied), after v5.11 was released
 * (2021-02-14), in the v5.12 merge window's net-next: v5.12, inferred.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/switchdev.h>

unsigned long rdmabp_probe(const struct switchdev_attr *attr)
{
	return attr->u.brport_flags.mask;
}
