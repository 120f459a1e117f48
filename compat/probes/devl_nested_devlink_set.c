// SPDX-License-Identifier: GPL-2.0
/*
 * devl_nested_devlink_set(): "devlink: introduce support for netdev
 * instance nesting" / nested devlink relations (v6.7); absent in 6.1.192,
 * present in 6.12.117.
 */
#include <net/devlink.h>

int rdmabp_probe(struct devlink *devlink, struct devlink *nested)
{
	return devl_nested_devlink_set(devlink, nested);
}
