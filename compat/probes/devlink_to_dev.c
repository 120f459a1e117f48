// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_to_dev(): "devlink: Reduce struct devlink exposure", v5.16,
 * which made struct devlink private to devlink and gave drivers this call
 * for its device instead.
 * Checked: 21314638c9f2, the first of Leon Romanovsky's six patches
 * (net-next v4, posted 2021-10-12), in net-next's push log of
 * 2021-10-13, during v5.15-rc5: v5.16, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

struct device *rdmabp_probe(struct devlink *devlink)
{
	return devlink_to_dev(devlink);
}
