// SPDX-License-Identifier: GPL-2.0
/*
 * devl_param_driverinit_value_set() takes the value by pointer (6.12.117
 * takes the union by value): "devlink: pass param values by pointer", v7.2
 * (v15 posted 2026-05-20, in the v7.1 cycle; the release is inferred from
 * that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: d603517771d8, v16 applied to net-next (patchwork bot's reply)
 * after v15 of 2026-05-20: v7.2 consistent.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink, union devlink_param_value *val)
{
	devl_param_driverinit_value_set(devlink, 0, val);
}
