/* SPDX-License-Identifier: GPL-2.0 */
/* <scsi/scsi.h> with the queuecommand() status type of newer kernels. */
#ifndef _RDMABP_SCSI_SCSI_H
#define _RDMABP_SCSI_SCSI_H

#include_next <scsi/scsi.h>

#ifndef HAVE_SCSI_QC_STATUS
/*
 * Undoes: "scsi: core: Introduce an enumeration type for the SCSI_MLQUEUE
 * constants" (v7.0).
 * Selected by: !HAVE_SCSI_QC_STATUS. The SCSI_MLQUEUE_* values stay the
 * kernel's macros. queuecommand() of such a kernel returns int; an enum
 * with a negative member has int as its compatible type, so a driver's
 * enum-returning queuecommand() still fits the old member.
 */
enum scsi_qc_status {
	__RDMABP_SCSI_QC_STATUS_IS_INT = -1,
};
#endif /* !HAVE_SCSI_QC_STATUS */

#endif /* _RDMABP_SCSI_SCSI_H */
