// SPDX-License-Identifier: GPL-2.0
/*
 * enum scsi_qc_status: "scsi: core: Introduce an enumeration type for the
 * SCSI_MLQUEUE constants", v7.0 (the subject written here before, scsi:
 * core: Introduce enum scsi_qc_status, matches no patch found).
 * Checked: 0f9c4be787f7, posted 2025-11-13 and applied 2026-01-04, in the
 * v6.19 cycle; the release is inferred from that date.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <scsi/scsi.h>

enum scsi_qc_status rdmabp_probe(void)
{
	return SCSI_MLQUEUE_HOST_BUSY;
}
