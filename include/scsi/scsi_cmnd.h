/* SPDX-License-Identifier: GPL-2.0 */
/* <scsi/scsi_cmnd.h> with the command helpers of newer kernels. */
#ifndef _RDMABP_SCSI_SCSI_CMND_H
#define _RDMABP_SCSI_SCSI_CMND_H

#include_next <scsi/scsi_cmnd.h>

#ifndef HAVE_SCSI_GET_SECTOR
/*
 * Undoes: "scsi: core: Introduce scsi_get_sector()" (v5.19).
 * Selected by: !HAVE_SCSI_GET_SECTOR. The position of the command's
 * request, as the helper reads it.
 */
static inline sector_t scsi_get_sector(struct scsi_cmnd *scmd)
{
	return blk_rq_pos(scsi_cmd_to_rq(scmd));
}
#endif /* !HAVE_SCSI_GET_SECTOR */

#ifndef HAVE_SCSI_DONE
/*
 * Undoes: "scsi: core: Rename scsi_mq_done() into scsi_done() and export
 * it" (v5.16).
 * Selected by: !HAVE_SCSI_DONE. Such a kernel's SCSI core gives each
 * command its completion callback (scsi_mq_done()) before queuecommand();
 * the function calls it. A struct member and a function may share a name.
 */
static inline void scsi_done(struct scsi_cmnd *cmd)
{
	cmd->scsi_done(cmd);
}
#endif /* !HAVE_SCSI_DONE */

#endif /* _RDMABP_SCSI_SCSI_CMND_H */
