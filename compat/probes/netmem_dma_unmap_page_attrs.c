// SPDX-License-Identifier: GPL-2.0
/*
 * netmem_dma_unmap_page_attrs() and netmem_dma_unmap_addr_set() in
 * <net/netmem.h>: "net: enable driver support for netmem TX", v6.16 (the
 * devmem TCP TX series, v14 posted 2025-05-08 in the v6.15 cycle; the release
 * is inferred from that date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 383faec0fd64, net-next v14 of 2025-05-08, before v6.15
 * (2025-05-25): v6.16 consistent.
 */
#include <linux/dma-mapping.h>
#include <net/netmem.h>

void rdmabp_probe(struct device *dev, dma_addr_t addr)
{
	netmem_dma_unmap_page_attrs(dev, addr, PAGE_SIZE, DMA_TO_DEVICE, 0);
}
