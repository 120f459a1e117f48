/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/irq.h> with the accessors of newer kernels. */
#ifndef _RDMABP_LINUX_IRQ_H
#define _RDMABP_LINUX_IRQ_H

#include_next <linux/irq.h>

#ifndef HAVE_IRQ_GET_EFFECTIVE_AFFINITY_MASK
/*
 * Undoes: "genirq: Provide irq_get_effective_affinity()" (v5.11):
 * irq_get_effective_affinity_mask().
 * Selected by: !HAVE_IRQ_GET_EFFECTIVE_AFFINITY_MASK. The same accessor
 * over such a kernel's irq_data_get_effective_affinity_mask().
 */
static inline const struct cpumask *
irq_get_effective_affinity_mask(unsigned int irq)
{
	struct irq_data *d = irq_get_irq_data(irq);

	return d ? irq_data_get_effective_affinity_mask(d) : NULL;
}
#endif /* !HAVE_IRQ_GET_EFFECTIVE_AFFINITY_MASK */

#endif /* _RDMABP_LINUX_IRQ_H */
