// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink packet trap DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER:
 * "devlink: Add DMAC filter generic packet trap", v5.12.
 * Checked: net-next 01/14 of Saeed Mahameed's mlx5 pull (posted
 * 2021-01-26, Aya Levin's patch), before v5.11 (2021-02-14): v5.12,
 * inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_TRAP_GENERIC_ID_DMAC_FILTER;
}
