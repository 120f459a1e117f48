/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/cpumask.h> with the range helper of newer kernels. */
#ifndef _RDMABP_LINUX_CPUMASK_H
#define _RDMABP_LINUX_CPUMASK_H

#include_next <linux/cpumask.h>

#ifndef HAVE_CPUMASK_CLEAR_CPUS
/*
 * Undoes: "cpumask: add cpumask_clear_cpus()" (v6.17). Selected by:
 * !HAVE_CPUMASK_CLEAR_CPUS. Clears @ncpus bits from @cpu on, as upstream
 * does, with bitmap_clear().
 */
static __always_inline void cpumask_clear_cpus(struct cpumask *dstp,
					       unsigned int cpu,
					       unsigned int ncpus)
{
	cpumask_check(cpu + ncpus - 1);
	bitmap_clear(cpumask_bits(dstp), cpumask_check(cpu), ncpus);
}
#endif /* !HAVE_CPUMASK_CLEAR_CPUS */

#endif /* _RDMABP_LINUX_CPUMASK_H */
