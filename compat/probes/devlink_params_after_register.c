// SPDX-License-Identifier: GPL-2.0
/*
 * Parameters registered, unregistered and given driverinit values on a
 * registered devlink instance, without a warning, their notifications sent
 * only while the instance is registered (replayed by devlink_register()):
 * "devlink: allow registering parameters after the instance", v6.3.
 * The change is in net/devlink only (the five ASSERT_DEVLINK_NOT_REGISTERED
 * of devlink_params_register(), devlink_param_register(),
 * devlink_param_driverinit_value_set(), devlink_params_unregister() and
 * devlink_param_unregister() removed); its witness in the headers is
 * devl_register() of the same series, one commit before it ("devlink:
 * remove the registration guarantee of references", 9053637e0da7).
 * Absent in 6.1.192 (the five assertions in net/devlink/leftover.c),
 * present in 6.12.117 (net/devlink/param.c registers under the instance
 * lock and notifies only a registered instance).
 * Checked: 1d18bb1a4ddd, listed with 9053637e0da7 in the devlink part of
 * '[PULL] Networking for v6.3' (2023-02-21), and quoted by that id and
 * subject in a later commit of Jiri Pirko's removing the checks it made
 * unneeded: v6.3 consistent.
 */
#include <net/devlink.h>

void rdmabp_probe(struct devlink *devlink)
{
	devl_register(devlink);
	devl_unregister(devlink);
}
