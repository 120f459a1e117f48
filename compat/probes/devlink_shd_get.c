// SPDX-License-Identifier: GPL-2.0
/*
 * Shared devlink instances, devlink_shd_get()/devlink_shd_put(): a devlink
 * without a device that the functions of one card share (net/devlink/sh_dev.c);
 * present in 7.2.13, absent in 6.12.117.
 */
#include <net/devlink.h>

struct devlink *rdmabp_probe(const struct devlink_ops *ops)
{
	return devlink_shd_get("rdmabp", ops, 0, NULL);
}
