// SPDX-License-Identifier: GPL-2.0
/*
 * cpumask_clear_cpus(): "cpumask: add cpumask_clear_cpus()", v6.17 (written
 * v6.15 here before).
 * Checked: 16e2707cf15e, patch 1 of Yury Norov's hfi1 series, listed in the
 * 'RDMA v6.17 merge window pull request' of 2025-07-30.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/cpumask.h>

void rdmabp_probe(struct cpumask *m)
{
	cpumask_clear_cpus(m, 0, 1);
}
