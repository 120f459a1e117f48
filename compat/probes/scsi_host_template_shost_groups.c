// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_template.shost_groups: "scsi: core: Register sysfs attributes
 * earlier", v5.16
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 92c4b58b15c5, named in a later commit message as the change
 * that moved the host templates to attribute groups; its date and release
 * were not read (v5.16 kept).
 */
#include <scsi/scsi_host.h>

struct scsi_host_template rdmabp_probe = {
	.shost_groups = NULL,
};
