// SPDX-License-Identifier: GPL-2.0
/*
 * The devlink instance lock for drivers: "devlink: expose instance locking
 * and add locked port registering", v5.18 (absent in Debian's 5.10.0-46,
 * present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 2cb7b4890d6e, net-next series of 2022-03-14, before v5.17 was
 * released.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devl_lock(devlink);
	devl_assert_locked(devlink);
	devl_unlock(devlink);
}
