/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/ptp_clock_kernel.h> with the frequency helpers of newer kernels. */
#ifndef _RDMABP_LINUX_PTP_CLOCK_KERNEL_H
#define _RDMABP_LINUX_PTP_CLOCK_KERNEL_H

#include_next <linux/ptp_clock_kernel.h>

#ifndef HAVE_ADJUST_BY_SCALED_PPM
#include <linux/math64.h>

/*
 * Undoes: "ptp: introduce helpers to adjust by scaled parts per million"
 * (v6.2). Selected by: !HAVE_ADJUST_BY_SCALED_PPM. The same arithmetic:
 * scaled_ppm is parts per million with a 16-bit binary fraction.
 */
static inline bool diff_by_scaled_ppm(u64 base, long scaled_ppm, u64 *diff)
{
	bool negative = false;

	if (scaled_ppm < 0) {
		negative = true;
		scaled_ppm = -scaled_ppm;
	}

	*diff = mul_u64_u64_div_u64(base, (u64)scaled_ppm, 1000000ULL << 16);

	return negative;
}

static inline u64 adjust_by_scaled_ppm(u64 base, long scaled_ppm)
{
	u64 diff;

	if (diff_by_scaled_ppm(base, scaled_ppm, &diff))
		return base - diff;

	return base + diff;
}
#endif /* !HAVE_ADJUST_BY_SCALED_PPM */

#endif /* _RDMABP_LINUX_PTP_CLOCK_KERNEL_H */
