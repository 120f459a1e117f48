/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/dma-mapping.h> with what the pinned RDMA stack needs of newer
 * kernels' DMA API.
 */
#ifndef _RDMABP_LINUX_DMA_MAPPING_H
#define _RDMABP_LINUX_DMA_MAPPING_H

#include_next <linux/dma-mapping.h>
#include <linux/mm.h>

#ifndef DMA_ATTR_REQUIRE_COHERENT
/*
 * Undoes: "dma-mapping: add DMA_ATTR_REQUIRE_COHERENT" (v7.1).
 * Selected by: the attribute is not defined. Older kernels know no such
 * requirement, so asking for it is asking for nothing.
 */
#define DMA_ATTR_REQUIRE_COHERENT	0
#endif /* DMA_ATTR_REQUIRE_COHERENT */

#ifndef HAVE_DMA_MAP_PHYS
/*
 * Undoes: "dma-mapping: export new dma_*map_phys() interface" (v6.18).
 * Selected by: !HAVE_DMA_MAP_PHYS. The RDMA users map RAM only, which the
 * page-based API of older kernels does the same way.
 */
static inline dma_addr_t dma_map_phys(struct device *dev, phys_addr_t phys,
				      size_t size, enum dma_data_direction dir,
				      unsigned long attrs)
{
	return dma_map_page_attrs(dev, pfn_to_page(PHYS_PFN(phys)),
				  offset_in_page(phys), size, dir, attrs);
}

static inline void dma_unmap_phys(struct device *dev, dma_addr_t addr,
				  size_t size, enum dma_data_direction dir,
				  unsigned long attrs)
{
	dma_unmap_page_attrs(dev, addr, size, dir, attrs);
}
#endif /* !HAVE_DMA_MAP_PHYS */

#ifndef HAVE_DMA_IOVA_STATE
/*
 * Undoes: "dma-mapping: Provide an interface to allow allocate IOVA" and
 * "dma-mapping: Implement link/unlink ranges API" (v6.16).
 * Selected by: !HAVE_DMA_IOVA_STATE. Such a kernel has no two-step IOVA
 * API: dma_iova_try_alloc() always fails, which every caller handles by
 * falling back to mapping each range on its own, as the kernel's
 * !CONFIG_IOMMU_DMA stubs do.
 */
struct dma_iova_state {
	dma_addr_t addr;
	u64 __size;
};

static inline bool dma_use_iova(struct dma_iova_state *state)
{
	return false;
}

static inline bool dma_iova_try_alloc(struct device *dev,
				      struct dma_iova_state *state,
				      phys_addr_t phys, size_t size)
{
	memset(state, 0, sizeof(*state));
	return false;
}

static inline void dma_iova_free(struct device *dev,
				 struct dma_iova_state *state)
{
	WARN_ON_ONCE(1);
}

static inline void dma_iova_destroy(struct device *dev,
				    struct dma_iova_state *state,
				    size_t mapped_len,
				    enum dma_data_direction dir,
				    unsigned long attrs)
{
	WARN_ON_ONCE(1);
}

static inline int dma_iova_sync(struct device *dev,
				struct dma_iova_state *state, size_t offset,
				size_t size)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}

static inline int dma_iova_link(struct device *dev,
				struct dma_iova_state *state, phys_addr_t phys,
				size_t offset, size_t size,
				enum dma_data_direction dir, unsigned long attrs)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}

static inline void dma_iova_unlink(struct device *dev,
				   struct dma_iova_state *state,
				   size_t offset, size_t size,
				   enum dma_data_direction dir,
				   unsigned long attrs)
{
	WARN_ON_ONCE(1);
}
#endif /* !HAVE_DMA_IOVA_STATE */

#ifndef HAVE_DMA_DEV_NEED_SYNC
/*
 * Undoes: "dma: avoid redundant calls for sync operations" (v6.10).
 * Selected by: !HAVE_DMA_DEV_NEED_SYNC. Such a kernel cannot tell ahead
 * whether a device's streaming mappings need syncing: the answer is yes,
 * and each sync call decides for itself, as it always did there.
 */
static inline bool dma_dev_need_sync(const struct device *dev)
{
	return true;
}
#endif /* !HAVE_DMA_DEV_NEED_SYNC */

#ifndef HAVE_DMA_PCI_P2PDMA_SUPPORTED
/*
 * Undoes: "dma-mapping: add flags to dma_map_ops to indicate PCI P2PDMA
 * support" (v6.0). Selected by: !HAVE_DMA_PCI_P2PDMA_SUPPORTED. Such a
 * kernel's dma_map_sg() cannot map PCI peer memory (only the special
 * pci_p2pdma_map_sg() could): no device supports it through the generic
 * path, so the RDMA core refuses peer memory, as upstream does for a
 * device whose DMA ops lack the flag.
 */
static inline bool dma_pci_p2pdma_supported(struct device *dev)
{
	return false;
}
#endif /* !HAVE_DMA_PCI_P2PDMA_SUPPORTED */

#endif /* _RDMABP_LINUX_DMA_MAPPING_H */
