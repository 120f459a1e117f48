// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_param::get takes an extack and ::validate the value by pointer.
 * The first: "devlink: pass extack through to devlink_param::get()", v6.19
 * (patch 1 of the series whose "devlink: support default values for
 * param-get and param-set", adding ::get_default/::reset_default, was
 * committed to net-next on 2025-11-21, in the v6.18 cycle). The second, which
 * completes this fact: "devlink: pass param values by pointer", v7.2 (v15
 * posted 2026-05-20, in the v7.1 cycle). Both releases are inferred from those
 * dates.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 011d133bb988, v5 applied to net-next (patchwork bot's reply)
 * after v4 of 2025-11-17, v6.19 consistent; d603517771d8, v16 applied to
 * net-next after v15 of 2026-05-20, v7.2 consistent.
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
