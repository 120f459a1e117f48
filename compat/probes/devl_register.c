// SPDX-License-Identifier: GPL-2.0
/*
 * devl_register()/devl_unregister(), devlink (un)registration under the
 * instance lock: "devlink: remove the registration guarantee of references",
 * v6.3 (listed in the '[PULL] Networking for v6.3' of 2023-02-21).
 * Absent in 6.1.192, present in 6.12.117 (Debian's kernels, by this probe).
 * Checked: 9053637e0da7, net-next of 2023-01-05, whose patch text adds
 * devl_register()/devl_unregister(): v6.3 consistent.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devl_register(devlink);
	devl_unregister(devlink);
}
