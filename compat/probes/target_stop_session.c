// SPDX-License-Identifier: GPL-2.0
/*
 * target_stop_session(): "scsi: target: core: Rename
 * target_sess_cmd_list_set_waiting()", v5.11
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Unverified: the subject was not found in the stored text
 * (target_stop_session() appears only in later patches and code); the
 * release is not checked.
 */
#include <target/target_core_base.h>
#include <target/target_core_fabric.h>

void rdmabp_probe(struct se_session *se_sess)
{
	target_stop_session(se_sess);
}
