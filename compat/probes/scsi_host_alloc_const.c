// SPDX-License-Identifier: GPL-2.0
/*
 * scsi_host_alloc() takes a const host template: "scsi: core: Declare most
 * SCSI host template pointers const", v6.4
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 31435de97466, v3 of the host template series, 2023-03-22.
 */
#include <scsi/scsi_host.h>

struct Scsi_Host *(*rdmabp_probe)(const struct scsi_host_template *sht,
				  int privsize) = scsi_host_alloc;
