// SPDX-License-Identifier: GPL-2.0
/* target_core_fabric_ops.default_submit_type/direct_submit_supp: "scsi: target: Allow userspace to config cmd submission", v6.10 (absent in 6.1.0-57, present in 6.12.118) */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

const struct target_core_fabric_ops rdmabp_probe = {
	.default_submit_type = TARGET_DIRECT_SUBMIT,
	.direct_submit_supp = 1,
};
