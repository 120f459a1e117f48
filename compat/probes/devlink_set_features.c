// SPDX-License-Identifier: GPL-2.0
/*
 * devlink_set_features() and DEVLINK_F_RELOAD, which such a kernel's
 * devlink wants set before it reloads an instance (or moves it to another
 * network namespace): removed by "devlink: remove devlink features", v6.3,
 * after which an instance whose ops have reload_down and reload_up can be
 * reloaded as they are.
 * Checked: fb8421a94c56 (posted 2023-01-27, the last of three patches);
 * it is in the net-next that tnguy/next-queue took in on 2023-01-30,
 * during v6.2-rc6: v6.3, inferred from that date. Debian's 6.1.192
 * net/devlink/leftover.c refuses a reload without the flag (EOPNOTSUPP).
 * Present in 6.1.192, absent in 6.12.118 (Debian's kernels, by this probe;
 * absent in 5.10.262 too, which has devlink_reload_enable() instead).
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devlink_set_features(devlink, DEVLINK_F_RELOAD);
}
