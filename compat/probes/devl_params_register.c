// SPDX-License-Identifier: GPL-2.0
/*
 * devl_params_register(), parameter registration under the instance lock:
 * "devlink: protect devlink param list by instance lock", v6.3 (posted
 * 2023-01-25; listed in the '[PULL] Networking for v6.3' of 2023-02-21).
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 075935f0ae0f, net-next v2 of 2023-01-25, applied (patchwork
 * bot's reply; also in a later Fixes: tag): v6.3 consistent.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink *devlink, const struct devlink_param *params)
{
	return devl_params_register(devlink, params, 1);
}
