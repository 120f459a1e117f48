// SPDX-License-Identifier: GPL-2.0
/* target_core_fabric_ops.default_compl_type: "scsi: target: Allow fabric drivers to select the completion type", v6.16 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

const struct target_core_fabric_ops rdmabp_probe = {
	.default_compl_type = TARGET_QUEUE_COMPL,
};
