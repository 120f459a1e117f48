/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/dma-buf-mapping.h> for kernels without the dma-buf physical range
 * mapping helpers.
 *
 * Undoes: "dma-buf: provide phys_vec to scatter-gather mapping routine" (v6.19).
 * Selected by: !HAVE_HEADER_LINUX_DMA_BUF_MAPPING_H.
 * Such a kernel cannot map MMIO ranges of another device through a dma-buf,
 * so exporting device memory as a dma-buf fails with -EOPNOTSUPP.
 */
#ifndef _RDMABP_LINUX_DMA_BUF_MAPPING_H
#define _RDMABP_LINUX_DMA_BUF_MAPPING_H

#include <linux/dma-buf.h>
#include <linux/err.h>

struct p2pdma_provider;
struct phys_vec;

static inline struct sg_table *
dma_buf_phys_vec_to_sgt(struct dma_buf_attachment *attach,
			struct p2pdma_provider *provider,
			struct phys_vec *phys_vec, size_t nr_ranges,
			size_t size, enum dma_data_direction dir)
{
	return ERR_PTR(-EOPNOTSUPP);
}

static inline void dma_buf_free_sgt(struct dma_buf_attachment *attach,
				    struct sg_table *sgt,
				    enum dma_data_direction dir)
{
}

#endif /* _RDMABP_LINUX_DMA_BUF_MAPPING_H */
