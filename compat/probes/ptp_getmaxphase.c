// SPDX-License-Identifier: GPL-2.0
/*
 * ptp_clock_info::getmaxphase: "ptp: Add .getmaxphase callback to
 * ptp_clock_info" (v6.5); absent in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: c3b60ab7a4df, net-next v3 of 2023-06-12.
 */
#include <linux/ptp_clock_kernel.h>

s32 rdmabp_probe(struct ptp_clock_info *info)
{
	return info->getmaxphase(info);
}
