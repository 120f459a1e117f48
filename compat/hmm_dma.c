// SPDX-License-Identifier: GPL-2.0
/*
 * The HMM DMA mapping helpers and a hmm_range_fault() that keeps the
 * sticky pfn flags, for kernels without them. Built only with on-demand
 * paging (CONFIG_INFINIBAND_ON_DEMAND_PAGING, compat/Kbuild).
 *
 * rdmabp_hmm_dma_map_*, rdmabp_hmm_dma_unmap_pfn:
 *   Undoes: "mm/hmm: provide generic DMA managing logic" (v6.16).
 *   Selected by: !HAVE_HMM_DMA_MAP.
 *   Why not a header: too big to inline, like the kernel's own (mm/hmm.c).
 *   Such a kernel has no two-step IOVA API (dma_iova_state), so each page
 *   is mapped on its own and its address kept in dma_list, as the newer
 *   kernel does when dma_iova_try_alloc() fails. It has no dma_need_unmap()
 *   either: the address is always kept and every mapping unmapped. PCI
 *   P2PDMA pages are refused (DMA_MAPPING_ERROR): the P2P state interface
 *   the newer helpers use is missing, and Debian builds no CONFIG_PCI_P2PDMA.
 *
 * rdmabp_hmm_range_fault:
 *   Undoes: "mm/hmm: let users to tag specific PFN with DMA mapped bit"
 *   (v6.16; absent in 6.12.117, present in 7.2.13).
 *   Selected by: !HAVE_HMM_PFN_DMA_MAPPED (include/linux/hmm.h).
 *   Why not a header: the kernel's hmm_range_fault() rewrites whole entries
 *   in its own layout; this one lets it fill a scratch array and merges.
 */
#include <linux/dma-mapping.h>
#include <linux/hmm.h>
#include <linux/hmm-dma.h>
#include <linux/memremap.h>
#include <linux/mm.h>
#include <linux/slab.h>

#ifndef HAVE_HMM_PFN_DMA_MAPPED
/**
 * rdmabp_hmm_range_fault - hmm_range_fault() of a kernel whose pfn entries
 * keep the sticky flags
 * @range: as for hmm_range_fault(); @range->hmm_pfns in the newer layout
 *
 * The kernel's hmm_range_fault() sees only the request flags of each entry
 * (HMM_PFN_REQ_FAULT, HMM_PFN_REQ_WRITE: the same bits in both layouts).
 * On success each entry becomes the kernel's output converted to the newer
 * layout, plus the entry's sticky flags. On failure the entries are left
 * as they were: the newer kernel too may fail before writing any.
 */
int rdmabp_hmm_range_fault(struct hmm_range *range)
{
	unsigned long npfns = (range->end - range->start) >> PAGE_SHIFT;
	unsigned long *pfns = range->hmm_pfns;
	unsigned long *scratch;
	unsigned long i;
	int ret;

	scratch = kvmalloc_array(npfns, sizeof(*scratch), GFP_KERNEL);
	if (!scratch)
		return -ENOMEM;
	for (i = 0; i < npfns; i++)
		scratch[i] = pfns[i] & (HMM_PFN_REQ_FAULT | HMM_PFN_REQ_WRITE);

	range->hmm_pfns = scratch;
	ret = (hmm_range_fault)(range);
	range->hmm_pfns = pfns;

	if (!ret)
		for (i = 0; i < npfns; i++)
			pfns[i] = rdmabp_hmm_pfn_from_kernel(scratch[i]) |
				  (pfns[i] & RDMABP_HMM_PFN_INOUT_FLAGS);
	kvfree(scratch);
	return ret;
}
EXPORT_SYMBOL_GPL(rdmabp_hmm_range_fault);
#endif /* !HAVE_HMM_PFN_DMA_MAPPED */

#ifndef HAVE_HMM_DMA_MAP
int rdmabp_hmm_dma_map_alloc(struct device *dev, struct hmm_dma_map *map,
			     size_t nr_entries, size_t dma_entry_size)
{
	bool dma_need_sync = false;

	WARN_ON_ONCE(!(nr_entries * PAGE_SIZE / dma_entry_size));

	/*
	 * As in the newer kernel: HMM mappings cannot hand buffer ownership
	 * back and forth, so no device that needs syncs or bounce buffers.
	 */
#ifdef CONFIG_DMA_NEED_SYNC
	dma_need_sync = !dev->dma_skip_sync;
#endif /* CONFIG_DMA_NEED_SYNC */
	if (dma_need_sync || dma_addressing_limited(dev))
		return -EOPNOTSUPP;

	memset(&map->state, 0, sizeof(map->state));
	map->dma_entry_size = dma_entry_size;
	map->pfn_list = kvcalloc(nr_entries, sizeof(*map->pfn_list),
				 GFP_KERNEL | __GFP_NOWARN);
	if (!map->pfn_list)
		return -ENOMEM;
	map->dma_list = kvcalloc(nr_entries, sizeof(*map->dma_list),
				 GFP_KERNEL | __GFP_NOWARN);
	if (!map->dma_list) {
		kvfree(map->pfn_list);
		map->pfn_list = NULL;
		return -ENOMEM;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(rdmabp_hmm_dma_map_alloc);

void rdmabp_hmm_dma_map_free(struct device *dev, struct hmm_dma_map *map)
{
	kvfree(map->pfn_list);
	kvfree(map->dma_list);
}
EXPORT_SYMBOL_GPL(rdmabp_hmm_dma_map_free);

dma_addr_t rdmabp_hmm_dma_map_pfn(struct device *dev, struct hmm_dma_map *map,
				  size_t idx,
				  struct pci_p2pdma_map_state *p2pdma_state)
{
	unsigned long *pfns = map->pfn_list;
	dma_addr_t dma_addr;

	/* Already mapped (e.g. read, now also write): the same address. */
	if (pfns[idx] & HMM_PFN_DMA_MAPPED)
		return map->dma_list[idx];

	if (is_pci_p2pdma_page(hmm_pfn_to_page(pfns[idx])))
		return DMA_MAPPING_ERROR;

	dma_addr = dma_map_phys(dev, hmm_pfn_to_phys(pfns[idx]),
				map->dma_entry_size, DMA_BIDIRECTIONAL,
				DMA_ATTR_REQUIRE_COHERENT);
	if (dma_mapping_error(dev, dma_addr))
		return DMA_MAPPING_ERROR;

	map->dma_list[idx] = dma_addr;
	pfns[idx] |= HMM_PFN_DMA_MAPPED;
	return dma_addr;
}
EXPORT_SYMBOL_GPL(rdmabp_hmm_dma_map_pfn);

bool rdmabp_hmm_dma_unmap_pfn(struct device *dev, struct hmm_dma_map *map,
			      size_t idx)
{
	const unsigned long valid_dma = HMM_PFN_VALID | HMM_PFN_DMA_MAPPED;
	unsigned long *pfns = map->pfn_list;

	if ((pfns[idx] & valid_dma) != valid_dma)
		return false;

	dma_unmap_phys(dev, map->dma_list[idx], map->dma_entry_size,
		       DMA_BIDIRECTIONAL, DMA_ATTR_REQUIRE_COHERENT);
	pfns[idx] &= ~(HMM_PFN_DMA_MAPPED | HMM_PFN_P2PDMA |
		       HMM_PFN_P2PDMA_BUS);
	return true;
}
EXPORT_SYMBOL_GPL(rdmabp_hmm_dma_unmap_pfn);
#endif /* !HAVE_HMM_DMA_MAP */
