// SPDX-License-Identifier: GPL-2.0
/*
 * cpumask_clear_cpus(): "cpumask: add cpumask_clear_cpus()", v6.15
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/cpumask.h>

void rdmabp_probe(struct cpumask *m)
{
	cpumask_clear_cpus(m, 0, 1);
}
