// SPDX-License-Identifier: GPL-2.0
/*
 * struct target_cmd_counter, target_stop_cmd_counter(),
 * target_wait_for_cmds(): "scsi: target: Move sess cmd counter to new
 * struct", v6.4
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: becd9be6069e; Martin Petersen: 'Applied to 6.4/scsi-queue':
 * v6.4.
 */
#include <target/iscsi/iscsi_target_core.h>
#include <target/target_core_fabric.h>

void rdmabp_probe(struct iscsit_conn *conn)
{
	target_stop_cmd_counter(conn->cmd_cnt);
	target_wait_for_cmds(conn->cmd_cnt);
}
