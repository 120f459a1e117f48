/* SPDX-License-Identifier: GPL-2.0 */
/* <scsi/libiscsi.h> with the const host template of newer kernels. */
#ifndef _RDMABP_SCSI_LIBISCSI_H
#define _RDMABP_SCSI_LIBISCSI_H

#include_next <scsi/libiscsi.h>

#ifndef HAVE_ISCSI_HOST_ALLOC_CONST
/*
 * Undoes: "scsi: iscsi: Declare SCSI host template const" (v6.4).
 * Selected by: !HAVE_ISCSI_HOST_ALLOC_CONST. Such a kernel's libiscsi
 * passes the template to scsi_host_alloc(), which writes to it only for a
 * driver with show_info; iSER's template has none.
 */
static inline struct Scsi_Host *
rdmabp_iscsi_host_alloc(const struct scsi_host_template *sht,
			int dd_data_size, bool xmit_can_sleep)
{
	return iscsi_host_alloc((struct scsi_host_template *)sht, dd_data_size,
				xmit_can_sleep);
}
#define iscsi_host_alloc rdmabp_iscsi_host_alloc
#endif /* !HAVE_ISCSI_HOST_ALLOC_CONST */

#ifndef HAVE_ISCSI_HOST_REMOVE_IS_SHUTDOWN
/*
 * Undoes: "scsi: iscsi: Fix session removal on shutdown" (v6.0).
 * Selected by: !HAVE_ISCSI_HOST_REMOVE_IS_SHUTDOWN. Such a kernel's
 * iscsi_host_remove() is the one for a removal that is not a shutdown,
 * which is what iSER asks for (is_shutdown false).
 */
static inline void rdmabp_iscsi_host_remove(struct Scsi_Host *shost,
					    bool is_shutdown)
{
	iscsi_host_remove(shost);
}
#define iscsi_host_remove rdmabp_iscsi_host_remove
#endif /* !HAVE_ISCSI_HOST_REMOVE_IS_SHUTDOWN */

#ifndef HAVE_ISCSI_CMD_PRIV
/*
 * Undoes: "scsi: iscsi: Stop using the SCSI pointer" (v5.18).
 * Selected by: !HAVE_ISCSI_CMD_PRIV. Such a kernel's libiscsi keeps a
 * command's task and age in the command's SCSI pointer, not in private
 * data: a transport's host template asks for none (cmd_size 0).
 */
struct iscsi_cmd {
};
#endif /* !HAVE_ISCSI_CMD_PRIV */

#endif /* _RDMABP_SCSI_LIBISCSI_H */
