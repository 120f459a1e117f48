// SPDX-License-Identifier: GPL-2.0
/*
 * struct pci_p2pdma_map_state and pci_p2pdma_state() in
 * <linux/pci-p2pdma.h>: "PCI/P2PDMA: Refactor the p2pdma mapping helpers",
 * v6.16 (written v6.15 here before); absent in 6.12.117, present in 7.2.13.
 * Checked: patch 1 of the two-step DMA mapping series (v8/v9, April 2025,
 * after v6.15-rc1), carried by the dma-mapping-for-6.16 two-step branch;
 * the release is inferred from that.
 */
#include <linux/pci-p2pdma.h>

enum pci_p2pdma_map_type rdmabp_probe(struct pci_p2pdma_map_state *state,
				      struct device *dev, struct page *page)
{
	return pci_p2pdma_state(state, dev, page);
}
