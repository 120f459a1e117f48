/* SPDX-License-Identifier: GPL-2.0 */
/* <scsi/scsi_host.h> with the host template members of newer kernels. */
#ifndef _RDMABP_SCSI_SCSI_HOST_H
#define _RDMABP_SCSI_SCSI_HOST_H

#include_next <scsi/scsi_host.h>

#if !defined(HAVE_SDEV_CONFIGURE) && defined(HAVE_DEVICE_CONFIGURE)
/*
 * Undoes: "scsi: core: Rename .device_configure() into .sdev_configure()"
 * (v6.14). Selected by: !HAVE_SDEV_CONFIGURE && HAVE_DEVICE_CONFIGURE.
 * The member has the same prototype under its old name.
 */
#define sdev_configure device_configure
#endif /* !HAVE_SDEV_CONFIGURE && HAVE_DEVICE_CONFIGURE */

#endif /* _RDMABP_SCSI_SCSI_HOST_H */
