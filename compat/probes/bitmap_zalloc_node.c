// SPDX-License-Identifier: GPL-2.0
/*
 * bitmap_alloc_node() and bitmap_zalloc_node(): "lib: bitmap: Introduce
 * node-aware alloc API", v5.17.
 * Checked: 9fd2c20f7cec, in the mlx5 pull whose push log lists it before
 * "net/mlx5e: IPoIB, Add support for NDR speed" (net-next, 2021-12): v5.17,
 * inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/bitmap.h>
#include <linux/gfp.h>

unsigned long *rdmabp_probe(void)
{
	return bitmap_zalloc_node(64, GFP_KERNEL, NUMA_NO_NODE);
}
