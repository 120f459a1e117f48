// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_template.device_configure: "scsi: core: Add a device_configure
 * method to the host template", v6.10 (subject and release written here
 * before, scsi: add a ... and v6.11: the first is the mail's subject, not
 * the commit's).
 * Checked: b7eefcf11f3f; its maintainer answered the series 'Applied to
 * 6.10/scsi-queue'.
 * Absent in 6.1.192, present in 6.12.118, absent again in 7.2.13 (Debian's
 * kernels, by this probe).
 */
#include <scsi/scsi_host.h>

const struct scsi_host_template rdmabp_probe = {
	.device_configure = NULL,
};
