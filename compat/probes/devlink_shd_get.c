// SPDX-License-Identifier: GPL-2.0
/*
 * Shared devlink instances, devlink_shd_get()/devlink_shd_put(): a devlink
 * without a device that the functions of one card share (net/devlink/sh_dev.c):
 * "devlink: introduce shared devlink instance for PFs on same chip", v7.1 (v3
 * posted 2026-03-04, in the v7.0 cycle; the release is inferred from that
 * date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 1850e76b3804, net-next v4 of 2026-03-12 (a kernel.org push log
 * has it): v7.1 consistent with that date.
 */
#include <net/devlink.h>

struct devlink *rdmabp_probe(const struct devlink_ops *ops)
{
	return devlink_shd_get("rdmabp", ops, 0, NULL);
}
