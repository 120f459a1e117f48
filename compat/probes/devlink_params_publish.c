// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_params_publish()/devlink_params_unpublish(): such a kernel's
 * devlink shows and notifies the values of an instance's parameters only
 * after its driver published them. Removed by "devlink: Delete obsolete
 * parameters publish API", v5.16.
 * Checked: 99ad92eff764, the first of Leon Romanovsky's four patches
 * (net-next, posted 2021-10-21), in net-next's revision list of that
 * week, during v5.15-rc7: v5.16, inferred from that date.
 * Present in 5.10.262, absent in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devlink_params_publish(devlink);
	devlink_params_unpublish(devlink);
}
