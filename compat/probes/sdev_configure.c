// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_template.sdev_configure: "scsi: Rename .device_configure() into
 * .sdev_configure()", v6.14 (written with a scsi: core: prefix here
 * before).
 * Checked: 47c2e30afcec; its maintainer answered the series 'Applied to
 * 6.14/scsi-queue'.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <scsi/scsi_host.h>

const struct scsi_host_template rdmabp_probe = {
	.sdev_configure = NULL,
};
