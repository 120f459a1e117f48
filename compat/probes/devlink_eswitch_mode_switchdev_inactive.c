// SPDX-License-Identifier: GPL-2.0
/*
 * DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE: "devlink: Introduce
 * switchdev_inactive eswitch mode", v6.19 (committed to net-next on
 * 2025-11-11, in the v6.18 cycle; the release is inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 0e535824d0bc, net-next V3 of 2025-11-07, before v6.18
 * (2025-11-30): v6.19 consistent with that date.
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE;
}
