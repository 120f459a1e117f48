// SPDX-License-Identifier: GPL-2.0
/*
 * struct pci_p2pdma_map_state and pci_p2pdma_state() in <linux/pci-p2pdma.h>:
 * "PCI/P2PDMA: Refactor the p2pdma mapping helpers", v6.15 (absent in
 * 6.12.117, present in 7.2.13)
 */
#include <linux/pci-p2pdma.h>

enum pci_p2pdma_map_type rdmabp_probe(struct pci_p2pdma_map_state *state,
				      struct device *dev, struct page *page)
{
	return pci_p2pdma_state(state, dev, page);
}
