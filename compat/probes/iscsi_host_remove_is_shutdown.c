// SPDX-License-Identifier: GPL-2.0
/*
 * iscsi_host_remove() takes is_shutdown: "scsi: iscsi: Fix session removal
 * on shutdown", v6.0
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <scsi/libiscsi.h>

void rdmabp_probe(struct Scsi_Host *shost)
{
	iscsi_host_remove(shost, false);
}
