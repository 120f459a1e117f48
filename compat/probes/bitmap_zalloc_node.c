// SPDX-License-Identifier: GPL-2.0
/*
 * bitmap_alloc_node() and bitmap_zalloc_node(), the NUMA-node forms of
 * bitmap_alloc().
 * Unverified: the upstream subject and release; looked for in the stored
 * patch mails (the first users seen are idxd's and mlx5e's SHAMPO of
 * 2022), not found.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/bitmap.h>
#include <linux/gfp.h>

unsigned long *rdmabp_probe(void)
{
	return bitmap_zalloc_node(64, GFP_KERNEL, NUMA_NO_NODE);
}
