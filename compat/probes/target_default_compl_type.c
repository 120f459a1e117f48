// SPDX-License-Identifier: GPL-2.0
/*
 * target_core_fabric_ops.default_compl_type: "scsi: target: Allow fabric drivers to select the completion type", v6.16
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); the release is the one written before, within its Debian
 * bracket.
 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

const struct target_core_fabric_ops rdmabp_probe = {
	.default_compl_type = TARGET_QUEUE_COMPL,
};
