// SPDX-License-Identifier: GPL-2.0
/*
 * struct phys_vec in <linux/types.h>: "types: move phys_vec definition to common header", v6.19
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: fcf463b92a08, v3 of 2025-09-25 in the VFIO dma-buf series.
 */
#include <linux/types.h>

size_t rdmabp_probe(void)
{
	struct phys_vec v = { 0 };

	return sizeof(v) + v.len;
}
