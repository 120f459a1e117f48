// SPDX-License-Identifier: GPL-2.0
/*
 * The free running cycle counter callbacks of a PTP clock
 * (ptp_clock_info::getcycles64, getcyclesx64, getcrosscycles), read for
 * PTP virtual clocks: "ptp: Add cycles support for virtual clocks", v5.19.
 * Checked: 42704b26b0f1 (net-next v4 1/6 of Gerhard Engleder; the
 * patchwork bot's reply lists it as applied), in net-next's push logs of
 * 2022-05, before v5.18 (2022-05-22): v5.19, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/ptp_clock_kernel.h>

void rdmabp_probe(struct ptp_clock_info *info)
{
	info->getcyclesx64 = NULL;
	info->getcrosscycles = NULL;
}
