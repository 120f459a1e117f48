// SPDX-License-Identifier: GPL-2.0
/*
 * enum scsi_qc_status: "scsi: core: Introduce enum scsi_qc_status", v7.0
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <scsi/scsi.h>

enum scsi_qc_status rdmabp_probe(void)
{
	return SCSI_MLQUEUE_HOST_BUSY;
}
