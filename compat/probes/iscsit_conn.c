// SPDX-License-Identifier: GPL-2.0
/*
 * struct iscsit_conn, struct iscsit_cmd: "scsi: target: iscsi: Rename
 * iscsi_conn to iscsit_conn" and "scsi: target: iscsi: Rename iscsi_cmd to
 * iscsit_cmd", v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 66cd9d4ef74a and be36d683fc29 (one push log); Martin Petersen:
 * 'Applied to 5.19/scsi-staging' (2022-05-10): v5.19.
 */
#include <target/iscsi/iscsi_target_core.h>

int rdmabp_probe(struct iscsit_conn *conn, struct iscsit_cmd *cmd)
{
	return conn->cid + cmd->i_state;
}
