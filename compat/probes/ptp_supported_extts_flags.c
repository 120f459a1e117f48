// SPDX-License-Identifier: GPL-2.0
/*
 * ptp_clock_info::supported_extts_flags and ::supported_perout_flags: the
 * PTP core filters request flags. "net: ptp: introduce .supported_extts_flags
 * to ptp_clock_info" and "net: ptp: introduce .supported_perout_flags to
 * ptp_clock_info", v6.16 (commits 7c571ac57d9d and d9f3e9ecc456, the v2
 * series of 2025-04-14, merged into net-next in mid-April 2025, in the v6.15
 * cycle; the release is inferred from that).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 7c571ac57d9d and d9f3e9ecc456 in net-next's log after 'net-ptp-
 * driver-opt-in-for-supported-ptp' and under 'Jacob Keller (2)' in a
 * networking pull's shortlog (its title not read): v6.16 consistent.
 */
#include <linux/ptp_clock_kernel.h>

void rdmabp_probe(struct ptp_clock_info *info)
{
	info->supported_extts_flags = PTP_RISING_EDGE;
	info->supported_perout_flags = 0;
}
