// SPDX-License-Identifier: GPL-2.0
/*
 * devl_register()/devl_unregister(), devlink (un)registration under the
 * instance lock, from the devlink instance-lock conversion (v6.3); absent
 * in 6.1.192, present in 6.12.117.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devl_register(devlink);
	devl_unregister(devlink);
}
