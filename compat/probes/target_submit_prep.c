// SPDX-License-Identifier: GPL-2.0
/*
 * target_init_cmd(), target_submit_prep(), target_submit(): "scsi: target:
 * Split target_submit_cmd_map_sgls()", v5.12
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: patch 02/13 of Mike Christie's series, posted 2021-02-09 (days
 * before v5.11) as 'target: split target_submit_cmd_map_sgls'; the
 * committed subject written here (the form the SCSI tree gives) was not
 * read: v5.12 consistent.
 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

void rdmabp_probe(struct se_cmd *cmd)
{
	target_submit(cmd);
}
