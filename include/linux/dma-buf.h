/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/dma-buf.h>, which on newer kernels brings <linux/pci-p2pdma.h>. */
#ifndef _RDMABP_LINUX_DMA_BUF_H
#define _RDMABP_LINUX_DMA_BUF_H

#include_next <linux/dma-buf.h>

#ifndef HAVE_P2PDMA_PROVIDER
/*
 * Undoes: "dma-buf: provide phys_vec to scatter-gather mapping routine"
 * (v6.19), after which dma-buf.h includes <linux/pci-p2pdma.h>.
 * Selected by: !HAVE_P2PDMA_PROVIDER.
 */
#include <linux/pci-p2pdma.h>
#endif /* !HAVE_P2PDMA_PROVIDER */

#ifndef HAVE_DMA_BUF_INVALIDATE_MAPPINGS
/*
 * Undoes: "dma-buf: rename move_notify to invalidate_mappings" (v7.0).
 * Selected by: !HAVE_DMA_BUF_INVALIDATE_MAPPINGS. The importer callback and
 * the exporter's call have the same meaning under their old names.
 */
#define invalidate_mappings move_notify
#define dma_buf_invalidate_mappings(dmabuf) dma_buf_move_notify(dmabuf)
#endif /* !HAVE_DMA_BUF_INVALIDATE_MAPPINGS */

#endif /* _RDMABP_LINUX_DMA_BUF_H */
