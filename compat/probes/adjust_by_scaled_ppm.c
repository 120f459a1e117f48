// SPDX-License-Identifier: GPL-2.0
/*
 * adjust_by_scaled_ppm()/diff_by_scaled_ppm(): "ptp: introduce helpers to
 * adjust by scaled parts per million" (v6.2); absent in 6.1.0-57 (6.1.x),
 * present in 6.12.118.
 */
#include <linux/ptp_clock_kernel.h>

u64 rdmabp_probe(u64 base, long scaled_ppm)
{
	return adjust_by_scaled_ppm(base, scaled_ppm);
}
