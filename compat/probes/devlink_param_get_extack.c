// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_param::get takes an extack and ::validate the value by pointer;
 * present in 7.2.13, absent in 6.12.117 (devlink param callbacks reworked
 * alongside the get_default/reset_default ops).
 */
#include <net/devlink.h>

static int rdmabp_get(struct devlink *devlink, u32 id,
		      struct devlink_param_gset_ctx *ctx,
		      struct netlink_ext_ack *extack)
{
	return 0;
}

static int rdmabp_validate(struct devlink *devlink, u32 id,
			   union devlink_param_value *val,
			   struct netlink_ext_ack *extack)
{
	return 0;
}

const struct devlink_param rdmabp_probe_param = {
	.get = rdmabp_get,
	.validate = rdmabp_validate,
};
