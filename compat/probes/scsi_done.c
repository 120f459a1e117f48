// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_done(): "scsi: core: Rename scsi_mq_done() into scsi_done() and
 * export it", v5.16
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <scsi/scsi_cmnd.h>

void rdmabp_probe(struct scsi_cmnd *cmd)
{
	scsi_done(cmd);
}
