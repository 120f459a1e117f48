// SPDX-License-Identifier: GPL-2.0
/*
 * target_core_fabric_ops.default_submit_type/direct_submit_supp: the series
 * "scsi: target: Allow userspace to config cmd submission", v6.7 (written
 * v6.10 here before). The quoted text is the series' cover-letter title,
 * merged by the merge commit 1caddfc5816e; the patch of the series that
 * added the two fields is not identified here.
 * Checked: its maintainer's reply to v2 of 2023-10-16, in the v6.6 cycle;
 * the release is inferred from that date.
 * Absent in 6.1.0-57, present in 6.12.118.
 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

const struct target_core_fabric_ops rdmabp_probe = {
	.default_submit_type = TARGET_DIRECT_SUBMIT,
	.direct_submit_supp = 1,
};
