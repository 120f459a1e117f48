// SPDX-License-Identifier: GPL-2.0
/*
 * devl_params_register(), parameter registration under the instance lock
 * (after v6.1: absent in 6.1.192, present in 6.12.118).
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink *devlink, const struct devlink_param *params)
{
	return devl_params_register(devlink, params, 1);
}
