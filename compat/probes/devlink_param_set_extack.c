// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_param::set with an extack: "devlink: pass extack through to
 * devlink_param::set()" (v6.7); absent in 6.1.192, present in 6.12.117.
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); only the later devlink: pass extack through to
 * devlink_param::get() (2025) was found; the release is the one written
 * before, within its Debian bracket.
 */
#include <net/devlink.h>

static int rdmabp_set(struct devlink *devlink, u32 id,
		      struct devlink_param_gset_ctx *ctx,
		      struct netlink_ext_ack *extack)
{
	return 0;
}

void rdmabp_probe(struct devlink_param *param)
{
	param->set = rdmabp_set;
}
