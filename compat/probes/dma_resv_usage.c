// SPDX-License-Identifier: GPL-2.0
/*
 * enum dma_resv_usage and dma_resv_wait_timeout() taking it: "dma-buf:
 * add enum dma_resv_usage v4", v5.19 (absent in Debian's 5.10.0-46, present in
 * its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 7bc80a5462c3, whose subject ends in v4 (its Fixes: tags and a
 * linux-next report of drm-misc, next-20220407).
 */
#include <linux/dma-resv.h>

long rdmabp_probe(struct dma_resv *obj)
{
	return dma_resv_wait_timeout(obj, DMA_RESV_USAGE_BOOKKEEP, false, 1);
}
