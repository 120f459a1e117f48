// SPDX-License-Identifier: GPL-2.0
/* devlink rate per-tc bandwidth (rate_leaf_tc_bw_set, DEVLINK_RATE_TCS_MAX): absent in 6.12.117, present in 7.2.13 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_ops *ops)
{
	ops->rate_leaf_tc_bw_set = NULL;
	return DEVLINK_RATE_TCS_MAX;
}
