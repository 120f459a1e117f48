// SPDX-License-Identifier: GPL-2.0
/*
 * The sticky HMM pfn flags (HMM_PFN_DMA_MAPPED, HMM_PFN_P2PDMA*), kept by
 * hmm_range_fault() from input to output, and the order field moved below
 * them: "mm/hmm: let users to tag specific PFN with DMA mapped bit", v6.16
 * (written v6.17 here before).
 * Checked: same series and tag as "mm/hmm: provide generic DMA managing
 * logic" (compat/probes/hmm_dma_map.c); the release is inferred from that.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/hmm.h>

unsigned long rdmabp_probe(unsigned long hmm_pfn)
{
	return hmm_pfn & (HMM_PFN_DMA_MAPPED | HMM_PFN_P2PDMA | HMM_PFN_P2PDMA_BUS);
}
