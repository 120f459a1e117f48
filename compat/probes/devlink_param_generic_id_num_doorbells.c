// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink parameter DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS:
 * "devlink: Add a 'num_doorbells' driverinit param", v6.18 (posted 2025-09-10,
 * in the v6.17 cycle; the release is inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 6bdcb735fec6, V2 of 2025-09-16 applied to net-next (patchwork
 * bot's reply), before v6.17 (2025-09-28): v6.18 consistent.
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS;
}
