// SPDX-License-Identifier: GPL-2.0
/*
 * HMM DMA mapping: "mm/hmm: provide generic DMA managing logic", v6.17
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/hmm-dma.h>

void rdmabp_probe(struct device *dev, struct hmm_dma_map *map)
{
	hmm_dma_map_free(dev, map);
}
