// SPDX-License-Identifier: GPL-2.0
/*
 * struct pci_p2pdma_map_state: "PCI/P2PDMA: Introduce helpers for
 * dma_map_sg implementations", v6.0 (in <linux/dma-map-ops.h>; 7.x keeps
 * it in <linux/pci-p2pdma.h>).
 * Unverified: the release; the patch (v4 05/23 of Logan Gunthorpe's
 * P2PDMA series, posted 2021-11-17) was read, the pull that merged it was
 * not found; Debian's kernels bracket it.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/dma-map-ops.h>
#include <linux/pci-p2pdma.h>

size_t rdmabp_probe(void)
{
	return sizeof(struct pci_p2pdma_map_state);
}
