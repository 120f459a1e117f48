// SPDX-License-Identifier: GPL-2.0
/*
 * devl_param_driverinit_value_set()/_get() and devl_param_value_changed(),
 * the driverinit values under the devlink instance lock, from the
 * instance-lock conversion of the devlink parameter API (v6.3); absent in
 * 6.1.192 (devlink_param_driverinit_value_set()), present in 6.12.117.
 * The names only: the value is passed by pointer since 7.x
 * (HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR).
 */
#include <net/devlink.h>

void *rdmabp_probe(struct devlink *devlink, union devlink_param_value *val)
{
	devl_param_value_changed(devlink, 0);
	if (devl_param_driverinit_value_get(devlink, 0, val))
		return NULL;
	return devl_param_driverinit_value_set;
}
