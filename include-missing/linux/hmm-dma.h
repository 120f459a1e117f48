/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/hmm-dma.h> for kernels without the HMM DMA mapping helpers.
 *
 * Undoes: "mm/hmm: provide generic DMA managing logic" (v6.16).
 * Selected by: !HAVE_HEADER_LINUX_HMM_DMA_H (and so !HAVE_HMM_DMA_MAP).
 * The helpers are the compat module's (compat/hmm_dma.c), exported with
 * the rdmabp_ prefix: they map each page on its own (dma_map_page), as
 * the newer kernel does where the two-step IOVA API is unavailable. They
 * keep the DMA state in the hmm pfn flags of <linux/hmm.h> (the compat
 * header gives such a kernel the newer layout).
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

#ifndef HAVE_HMM_DMA_MAP
int rdmabp_hmm_dma_map_alloc(struct device *dev, struct hmm_dma_map *map,
			     size_t nr_entries, size_t dma_entry_size);
void rdmabp_hmm_dma_map_free(struct device *dev, struct hmm_dma_map *map);
dma_addr_t rdmabp_hmm_dma_map_pfn(struct device *dev, struct hmm_dma_map *map,
				  size_t idx,
				  struct pci_p2pdma_map_state *p2pdma_state);
bool rdmabp_hmm_dma_unmap_pfn(struct device *dev, struct hmm_dma_map *map,
			      size_t idx);
#define hmm_dma_map_alloc rdmabp_hmm_dma_map_alloc
#define hmm_dma_map_free rdmabp_hmm_dma_map_free
#define hmm_dma_map_pfn rdmabp_hmm_dma_map_pfn
#define hmm_dma_unmap_pfn rdmabp_hmm_dma_unmap_pfn
#endif /* !HAVE_HMM_DMA_MAP */

#endif /* _RDMABP_LINUX_HMM_DMA_H */
