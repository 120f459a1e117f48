// SPDX-License-Identifier: GPL-2.0
/*
 * struct iscsi_cmd, libiscsi's private data of a SCSI command: "scsi:
 * libiscsi: Stop using the SCSI pointer", v5.18
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <scsi/libiscsi.h>

int rdmabp_probe = sizeof(struct iscsi_cmd);
