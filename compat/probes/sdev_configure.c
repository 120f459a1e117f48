// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_template.sdev_configure: "scsi: core: Rename .device_configure() into .sdev_configure()", v6.14
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <scsi/scsi_host.h>

const struct scsi_host_template rdmabp_probe = {
	.sdev_configure = NULL,
};
