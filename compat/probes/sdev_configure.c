// SPDX-License-Identifier: GPL-2.0
/* scsi_host_template.sdev_configure: "scsi: core: Rename .device_configure() into .sdev_configure()", v6.14 */
#include <scsi/scsi_host.h>

const struct scsi_host_template rdmabp_probe = {
	.sdev_configure = NULL,
};
