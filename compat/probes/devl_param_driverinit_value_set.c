// SPDX-License-Identifier: GPL-2.0
/*
 * devl_param_driverinit_value_set()/_get() and devl_param_value_changed(),
 * the driverinit values under the devlink instance lock: "devlink: protect
 * devlink param list by instance lock", v6.3 (posted 2023-01-25; listed in
 * the '[PULL] Networking for v6.3' of 2023-02-21).
 * Absent in 6.1.192 (devlink_param_driverinit_value_set()), present in
 * 6.12.117 (Debian's kernels, by this probe). The names only: the value is
 * passed by pointer since "devlink: pass param values by pointer", v7.2
 * (HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR).
 * Checked: 075935f0ae0f, net-next v2 of 2023-01-25 (v6.3 consistent);
 * d603517771d8, v16 applied to net-next after v15 of 2026-05-20 (v7.2
 * consistent).
 */
#include <net/devlink.h>

void *rdmabp_probe(struct devlink *devlink, union devlink_param_value *val)
{
	devl_param_value_changed(devlink, 0);
	if (devl_param_driverinit_value_get(devlink, 0, val))
		return NULL;
	return devl_param_driverinit_value_set;
}
