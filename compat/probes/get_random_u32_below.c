// SPDX-License-Identifier: GPL-2.0
/*
 * get_random_u32_below(): "random: use rejection sampling for uniform
 * bounded random integers", v6.2
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: e9a688bcb193, in Jason A. Donenfeld's random pull shortlog
 * (v6.2); it was also queued for 6.1 stable ('[PATCH 6.1 025/207]' of
 * 2023-01-04), which is why 6.1.192 has it.
 */
#include <linux/random.h>

u32 rdmabp_probe(u32 ceil)
{
	return get_random_u32_below(ceil);
}
