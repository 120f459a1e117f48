// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_done(): "scsi: core: Rename scsi_mq_done() into scsi_done() and
 * export it", v5.16
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: d2746cdfd5e5, patch 02/88 of Bart Van Assche's v3 of 2021-10-07
 * (v5.16 consistent); an out-of-tree compat header notes it reached 5.15
 * stable in 5.15.136, not 5.10.
 */
#include <scsi/scsi_cmnd.h>

void rdmabp_probe(struct scsi_cmnd *cmd)
{
	scsi_done(cmd);
}
