// SPDX-License-Identifier: GPL-2.0
/*
 * devlink rate per-tc bandwidth (rate_leaf_tc_bw_set, DEVLINK_RATE_TCS_MAX):
 * "devlink: Extend devlink rate API with traffic classes bandwidth
 * management", v6.17 (v11 posted 2025-06-25, in the v6.16 cycle; the release is
 * inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 566e8f108fc7, net-next v11 of 2025-06-25 (also named in a later
 * Fixes: tag), before v6.16 (2025-07-27): v6.17 consistent.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink_ops *ops)
{
	ops->rate_leaf_tc_bw_set = NULL;
	return DEVLINK_RATE_TCS_MAX;
}
