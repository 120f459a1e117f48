/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/cpu_rmap.h> with the IRQ reverse-map calls of newer kernels. */
#ifndef _RDMABP_LINUX_CPU_RMAP_H
#define _RDMABP_LINUX_CPU_RMAP_H

#include_next <linux/cpu_rmap.h>

#ifndef HAVE_IRQ_CPU_RMAP_REMOVE
/*
 * Undoes: "lib: cpu_rmap: Add irq_cpu_rmap_remove to complement
 * irq_cpu_rmap_add" (v6.4).
 * Selected by: !HAVE_IRQ_CPU_RMAP_REMOVE.
 * Such a kernel cannot take one IRQ out of a reverse map, and its
 * free_irq_cpu_rmap() walks every entry ever added, removed or not. The
 * three calls are the compat module's (compat/cpu_rmap.c), as the newer
 * lib/cpu_rmap.c has them: an entry's release clears its slot, an entry
 * added takes the first clear slot, and the map is freed without the
 * cleared ones. A map is built and freed through the
 * same calls in every file that includes this header.
 */
#define irq_cpu_rmap_add rdmabp_irq_cpu_rmap_add
#define irq_cpu_rmap_remove rdmabp_irq_cpu_rmap_remove
#define free_irq_cpu_rmap rdmabp_free_irq_cpu_rmap
int rdmabp_irq_cpu_rmap_add(struct cpu_rmap *rmap, int irq);
int rdmabp_irq_cpu_rmap_remove(struct cpu_rmap *rmap, int irq);
void rdmabp_free_irq_cpu_rmap(struct cpu_rmap *rmap);
#endif /* !HAVE_IRQ_CPU_RMAP_REMOVE */

#endif /* _RDMABP_LINUX_CPU_RMAP_H */
