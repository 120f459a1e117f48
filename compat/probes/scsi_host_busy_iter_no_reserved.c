// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_busy_iter() callbacks without the reserved flag: "blk-mq: Drop
 * 'reserved' arg of busy_tag_iter_fn", v6.0
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 2dd6532e9591, patch 5/6 of John Garry's v2, applied to the
 * block tree (Jens Axboe's reply lists the commit ids) in the summer of
 * 2022: v6.0 consistent, the date of the reply not read.
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
