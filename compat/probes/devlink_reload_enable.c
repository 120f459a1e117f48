// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_reload_enable()/devlink_reload_disable(), which such a kernel's
 * devlink wants called before it reloads a registered instance (and
 * refuses a reload otherwise): removed by "devlink: Delete reload
 * enable/disable interface", v5.16.
 * Checked: 82465bec3e97, the last of Leon Romanovsky's six patches
 * (net-next v4, posted 2021-10-12), in net-next's push log of
 * 2021-10-13, during v5.15-rc5: v5.16, inferred from that date.
 * Present in 5.10.262, absent in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devlink_reload_enable(devlink);
	devlink_reload_disable(devlink);
}
