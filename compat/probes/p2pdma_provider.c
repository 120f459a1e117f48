// SPDX-License-Identifier: GPL-2.0
/*
 * struct p2pdma_provider: "PCI/P2PDMA: Separate the mmap() support from the core logic", v6.19
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/pci-p2pdma.h>

size_t rdmabp_probe(void)
{
	return sizeof(struct p2pdma_provider);
}
