// SPDX-License-Identifier: GPL-2.0
/* DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE: absent in 6.12.117, present in 7.2.13 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE;
}
