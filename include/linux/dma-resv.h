/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/dma-resv.h> with the fence usage classes of newer kernels. */
#ifndef _RDMABP_LINUX_DMA_RESV_H
#define _RDMABP_LINUX_DMA_RESV_H

#include_next <linux/dma-resv.h>

#ifndef HAVE_DMA_RESV_USAGE
/*
 * Undoes: "dma-buf: add enum dma_resv_usage v4" (v5.19) and the
 * dma_resv_wait_timeout() that takes it. Selected by: !HAVE_DMA_RESV_USAGE.
 * Such a kernel knows one exclusive (write) fence and shared ones:
 * waiting for kernel or write users is waiting for the exclusive fence,
 * waiting for readers or bookkeeping is waiting for all of them.
 */
enum dma_resv_usage {
	DMA_RESV_USAGE_KERNEL,
	DMA_RESV_USAGE_WRITE,
	DMA_RESV_USAGE_READ,
	DMA_RESV_USAGE_BOOKKEEP,
};

static inline long rdmabp_dma_resv_wait_timeout(struct dma_resv *obj,
						enum dma_resv_usage usage,
						bool intr, unsigned long timeout)
{
	return dma_resv_wait_timeout_rcu(obj, usage >= DMA_RESV_USAGE_READ,
					 intr, timeout);
}
#define dma_resv_wait_timeout rdmabp_dma_resv_wait_timeout
#endif /* !HAVE_DMA_RESV_USAGE */

#endif /* _RDMABP_LINUX_DMA_RESV_H */
