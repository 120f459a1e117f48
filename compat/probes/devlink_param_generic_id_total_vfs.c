// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink parameter DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS; present in
 * 7.2.13, absent in 6.12.117.
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS;
}
