// SPDX-License-Identifier: GPL-2.0
/*
 * irq_cpu_rmap_remove(): "lib: cpu_rmap: Add irq_cpu_rmap_remove to
 * complement irq_cpu_rmap_add", v6.4 (the same series made the glue's
 * release clear its rmap entry and free_irq_cpu_rmap() skip cleared ones:
 * "lib: cpu_rmap: Avoid use after free on rmap->obj array entries", and
 * cpu_rmap_add() take the first clear slot: "lib: cpu_rmap: Use allocator
 * for rmap entries").
 * Checked: 71f0a2478605, one of Eli Cohen's 15 commits listed in
 * '[GIT PULL] Networking for 6.4' (2023-04-26); posted to net-next on
 * 2023-03-20 (the subject ends without '()'; written here before with
 * them, and as v6.3).
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 71f0a2478605, in Saeed Mahameed's mlx5 net-next pull posted
 * 2023-03-20, after v6.3-rc1 (the first posting, 2023-02-19, fell in the
 * v6.3 merge window): v6.4 (inferred), not v6.3 as written here before.
 * The commit's subject has no '()' after irq_cpu_rmap_add.
 */
#include <linux/cpu_rmap.h>

int rdmabp_probe(struct cpu_rmap *rmap, int irq)
{
	return irq_cpu_rmap_remove(rmap, irq);
}
