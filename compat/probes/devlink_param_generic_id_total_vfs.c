// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink parameter DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS:
 * "devlink: Add 'total_vfs' generic device param", v6.18 (V7 posted
 * 2025-09-06, in the v6.17 cycle; the release is inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: ce0b015e2619, V7 applied to net-next (patchwork bot's reply; V6
 * was posted 2025-07-08): v6.18 consistent.
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS;
}
