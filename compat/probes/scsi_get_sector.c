// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_get_sector(): "scsi: core: Introduce scsi_get_sector()", v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <scsi/scsi_cmnd.h>

sector_t rdmabp_probe(struct scsi_cmnd *cmd)
{
	return scsi_get_sector(cmd);
}
