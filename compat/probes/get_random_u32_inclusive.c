// SPDX-License-Identifier: GPL-2.0
/*
 * get_random_u32_inclusive(): "random: add helpers for random numbers with
 * given floor or range", v6.2 (absent in Debian's 5.10.0-46, carried by
 * its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: v3 posted 2022-11-17 for the random tree; release not read in a
 * pull request.
 */
#include <linux/random.h>

u32 rdmabp_probe(void)
{
	return get_random_u32_inclusive(1, 6);
}
