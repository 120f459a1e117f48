/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/hmm-dma.h> for kernels without the HMM DMA mapping helpers.
 *
 * Undoes: "mm/hmm: provide generic DMA managing logic" (v6.17).
 * Selected by: !HAVE_HEADER_LINUX_HMM_DMA_H (and so !HAVE_HMM_DMA_MAP).
 * On such a kernel on-demand paging is built without: upstream/modules
 * sets INFINIBAND_ON_DEMAND_PAGING only with HAVE_HMM_DMA_MAP, and the
 * RDMA headers need no more than the type and the prototypes here.
 */
#ifndef _RDMABP_LINUX_HMM_DMA_H
#define _RDMABP_LINUX_HMM_DMA_H

#include <linux/dma-mapping.h>

struct pci_p2pdma_map_state;

struct hmm_dma_map {
	struct dma_iova_state state;
	unsigned long *pfn_list;
	dma_addr_t *dma_list;
	size_t dma_entry_size;
};

int hmm_dma_map_alloc(struct device *dev, struct hmm_dma_map *map,
		      size_t nr_entries, size_t dma_entry_size);
void hmm_dma_map_free(struct device *dev, struct hmm_dma_map *map);
dma_addr_t hmm_dma_map_pfn(struct device *dev, struct hmm_dma_map *map,
			   size_t idx,
			   struct pci_p2pdma_map_state *p2pdma_state);
bool hmm_dma_unmap_pfn(struct device *dev, struct hmm_dma_map *map, size_t idx);

#endif /* _RDMABP_LINUX_HMM_DMA_H */
