// SPDX-License-Identifier: GPL-2.0
/*
 * ptp_clock_info::supported_extts_flags and ::supported_perout_flags: the
 * PTP core filters request flags; present in 7.2.13, absent in 6.12.117.
 */
#include <linux/ptp_clock_kernel.h>

void rdmabp_probe(struct ptp_clock_info *info)
{
	info->supported_extts_flags = PTP_RISING_EDGE;
	info->supported_perout_flags = 0;
}
