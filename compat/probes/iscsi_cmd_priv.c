// SPDX-License-Identifier: GPL-2.0
/*
 * struct iscsi_cmd, libiscsi's private data of a SCSI command: "scsi:
 * iscsi: Stop using the SCSI pointer", v5.18
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: patch 26/50 of Bart Van Assche's v4 series posted 2022-02-16
 * (its text adds struct iscsi_cmd to <scsi/libiscsi.h>), for 5.18: v5.18
 * consistent. The subject written here before had 'libiscsi' for
 * 'iscsi'.
 */
#include <scsi/libiscsi.h>

int rdmabp_probe = sizeof(struct iscsi_cmd);
