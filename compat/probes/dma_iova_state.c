// SPDX-License-Identifier: GPL-2.0
/*
 * The two-step IOVA API: "dma-mapping: Provide an interface to allow
 * allocate IOVA" and "dma-mapping: Implement link/unlink ranges API", v6.16
 * (written v6.17 here before).
 * Checked: the v7 series of 2025-02-05; its later pull to the RDMA tree
 * says it is based on the dma-mapping-for-6.16-two-step-api branch of the
 * DMA mapping tree.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/dma-mapping.h>

bool rdmabp_probe(struct device *dev, struct dma_iova_state *state)
{
	return dma_iova_try_alloc(dev, state, 0, 4096);
}
