// SPDX-License-Identifier: GPL-2.0
/*
 * dma_map_phys()/dma_unmap_phys(): "dma-mapping: export new dma_*map_phys()
 * interface", v6.18 (the series of "dma-mapping: introduce new DMA
 * attribute to indicate MMIO memory").
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: f7326196a781, v4 posted 2025-08-19; release not read in a pull
 * request.
 */
#include <linux/dma-mapping.h>

dma_addr_t rdmabp_probe(struct device *dev, phys_addr_t phys)
{
	dma_addr_t a = dma_map_phys(dev, phys, 8, DMA_TO_DEVICE, 0);

	dma_unmap_phys(dev, a, 8, DMA_TO_DEVICE, 0);
	return a;
}
