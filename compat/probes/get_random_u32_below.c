// SPDX-License-Identifier: GPL-2.0
/*
 * get_random_u32_below(): "random: use rejection sampling for uniform
 * bounded random integers", v6.2
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/random.h>

u32 rdmabp_probe(u32 ceil)
{
	return get_random_u32_below(ceil);
}
