// SPDX-License-Identifier: GPL-2.0
/*
 * dma_pci_p2pdma_supported(): "dma-mapping: add flags to dma_map_ops to
 * indicate PCI P2PDMA support", v6.0 (absent in Debian's 5.10.0-46,
 * present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 159bf19270e8, in the P2PDMA series' shortlogs; release not read
 * in a pull request.
 */
#include <linux/dma-mapping.h>

bool rdmabp_probe(struct device *dev)
{
	return dma_pci_p2pdma_supported(dev);
}
