// SPDX-License-Identifier: GPL-2.0
/*
 * devl_param_driverinit_value_set() takes the value by pointer; present in
 * 7.2.13, absent in 6.12.117 (where it takes the union by value).
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink, union devlink_param_value *val)
{
	devl_param_driverinit_value_set(devlink, 0, val);
}
