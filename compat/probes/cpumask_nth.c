// SPDX-License-Identifier: GPL-2.0
/*
 * cpumask_nth(): "cpumask: add cpumask_nth_{,and,andnot}", v6.1.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 944c417daeb6, the last of "lib/find: add find_nth_bit()", whose
 * v3 was posted on 2022-09-17 (after the v6.0 merge window): v6.1
 * consistent.
 */
#include <linux/cpumask.h>

unsigned int rdmabp_probe(const struct cpumask *m)
{
	return cpumask_nth(0, m);
}
