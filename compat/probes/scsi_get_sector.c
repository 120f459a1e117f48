// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_get_sector(): "scsi: core: Introduce scsi_get_sector()", v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: listed with Martin Petersen's 13-patch integrity rework in a
 * SCSI pull (title not read; v5.19 kept). It was queued for 5.10 stable
 * ('[PATCH 5.10 63/75]' of 2024-01-03), yet 5.10.262's <scsi/scsi_cmnd.h>
 * has no scsi_get_sector() (a revert of it appears in a kernel.org push
 * log; which tree was not read).
 */
#include <scsi/scsi_cmnd.h>

sector_t rdmabp_probe(struct scsi_cmnd *cmd)
{
	return scsi_get_sector(cmd);
}
