// SPDX-License-Identifier: GPL-2.0
/*
 * target_core_fabric_ops.fabric_enable_tpg: "scsi: target: core: Add common
 * tpg/enable attribute", v5.16
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 80ed33c8ba93 (the applied subject has 'scsi: target: core:
 * Add'); its v4 was posted 2021-04-16, long before the v5.16 written here,
 * which was not established (no pull read).
 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

static int rdmabp_enable(struct se_portal_group *se_tpg, bool enable)
{
	return 0;
}

const struct target_core_fabric_ops rdmabp_probe = {
	.fabric_enable_tpg = rdmabp_enable,
};
