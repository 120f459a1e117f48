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

#ifndef HAVE_CPUMASK_NTH
/*
 * Undoes: "cpumask: add cpumask_nth_{,and,andnot}" (v6.1).
 * Selected by: !HAVE_CPUMASK_NTH.
 * The number of the cpu-th CPU (from 0) set in @srcp, or
 * nr_cpumask_bits (>= nr_cpu_ids) when it has fewer; such a kernel has no
 * find_nth_bit(), so the set bits are counted one by one.
 */
static inline unsigned int cpumask_nth(unsigned int cpu,
				       const struct cpumask *srcp)
{
	unsigned int c;

	for_each_cpu(c, srcp)
		if (cpu-- == 0)
			return c;
	return nr_cpumask_bits;
}
#endif /* !HAVE_CPUMASK_NTH */

#endif /* _RDMABP_LINUX_CPUMASK_H */
