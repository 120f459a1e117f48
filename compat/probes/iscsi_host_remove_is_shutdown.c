// SPDX-License-Identifier: GPL-2.0
/*
 * iscsi_host_remove() takes is_shutdown: "scsi: iscsi: Fix session removal
 * on shutdown", v6.0
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 31500e902759, posted 2022-06-16 in the v5.19-rc cycle (and
 * later queued for 5.15 stable, '[PATCH 5.15 437/779]' of 2022-08-15):
 * v6.0 consistent.
 */
#include <scsi/libiscsi.h>

void rdmabp_probe(struct Scsi_Host *shost)
{
	iscsi_host_remove(shost, false);
}
