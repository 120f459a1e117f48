// SPDX-License-Identifier: GPL-2.0
/*
 * adjust_by_scaled_ppm()/diff_by_scaled_ppm(): "ptp: introduce helpers to
 * adjust by scaled parts per million" (v6.2); absent in 6.1.0-57 (6.1.x),
 * present in 6.12.118.
 * Checked: 1060707e3809, net-next v2 of 2022-09-30; an i40e fix of early
 * 2023 says the helpers are not in v6.0 and v6.1.
 */
#include <linux/ptp_clock_kernel.h>

u64 rdmabp_probe(u64 base, long scaled_ppm)
{
	return adjust_by_scaled_ppm(base, scaled_ppm);
}
