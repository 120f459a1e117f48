// SPDX-License-Identifier: GPL-2.0
/*
 * devl_nested_devlink_set(): "devlink: introduce possibility to expose info
 * about nested devlinks", v6.7 (v2 posted 2023-09-13, in the v6.6 cycle; the
 * subject written here before, devlink: introduce support for netdev
 * instance nesting, was from memory and matches no patch found).
 * Absent in 6.1.192, present in 6.12.117 (Debian's kernels, by this probe).
 * Checked: c5e1bf8a51cf, net-next v2 of 2023-09-13, applied (patchwork
 * bot's reply): v6.7 consistent.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink *devlink, struct devlink *nested)
{
	return devl_nested_devlink_set(devlink, nested);
}
