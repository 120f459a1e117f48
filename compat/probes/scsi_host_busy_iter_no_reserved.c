// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_busy_iter() callbacks without the reserved flag: "blk-mq: Drop
 * 'reserved' arg of busy_tag_iter_fn", v6.0
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <scsi/scsi_host.h>

static bool rdmabp_fn(struct scsi_cmnd *cmd, void *priv)
{
	return true;
}

void rdmabp_probe(struct Scsi_Host *shost)
{
	scsi_host_busy_iter(shost, rdmabp_fn, NULL);
}
