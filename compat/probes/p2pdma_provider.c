// SPDX-License-Identifier: GPL-2.0
/*
 * struct p2pdma_provider: "PCI/P2PDMA: Separate the mmap() support from
 * the core logic", v6.19; in the same release "dma-buf: provide phys_vec
 * to scatter-gather mapping routine", v6.19, after which <linux/dma-buf.h>
 * includes <linux/pci-p2pdma.h>.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 2764f8369f0e and 3aa31a8bb11e, the VFIO dma-buf series (v8 of
 * 2025-11-11).
 */
#include <linux/pci-p2pdma.h>

size_t rdmabp_probe(void)
{
	return sizeof(struct p2pdma_provider);
}
