// SPDX-License-Identifier: GPL-2.0
/*
 * HMM DMA mapping: "mm/hmm: provide generic DMA managing logic", v6.16
 * (written v6.17 here before).
 * Checked: v10 posted 2025-04-28; Leon Romanovsky's tag carrying it, based
 * on the dma-mapping-for-6.16 two-step branch, was pulled into the RDMA
 * tree in May 2025 with the v6.16 IDC rework; the release is inferred from
 * that.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/hmm-dma.h>

void rdmabp_probe(struct device *dev, struct hmm_dma_map *map)
{
	hmm_dma_map_free(dev, map);
}
