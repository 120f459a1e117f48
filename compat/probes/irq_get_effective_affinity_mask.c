// SPDX-License-Identifier: GPL-2.0
/*
 * irq_get_effective_affinity_mask(): "genirq: Provide
 * irq_get_effective_affinity()", v5.11 (the helper it adds is named
 * irq_get_effective_affinity_mask()).
 * Checked: 276b1e6e6fec, merged into tip's irq/core on 2020-12-12 (the
 * tip-bot mail), during the v5.11 merge window's run-up: v5.11.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/irq.h>

const struct cpumask *rdmabp_probe(unsigned int irq)
{
	return irq_get_effective_affinity_mask(irq);
}
