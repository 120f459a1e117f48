// SPDX-License-Identifier: GPL-2.0
/*
 * iscsi_host_alloc() takes a const host template: "scsi: iscsi: Declare
 * SCSI host template const", v6.4
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 80602aca4fcc, v3 of the host template series, 2023-03-22.
 */
#include <scsi/libiscsi.h>

struct Scsi_Host *(*rdmabp_probe)(const struct scsi_host_template *sht,
				  int dd_data_size, bool xmit_can_sleep) =
	iscsi_host_alloc;
