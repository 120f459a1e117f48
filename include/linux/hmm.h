/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/hmm.h> with the pfn layout of newer kernels. */
#ifndef _RDMABP_LINUX_HMM_H
#define _RDMABP_LINUX_HMM_H

#include_next <linux/hmm.h>

#ifndef HAVE_HMM_PFN_DMA_MAPPED
/*
 * Undoes: "mm/hmm: let users to tag specific PFN with DMA mapped bit"
 * (v6.16; absent in 6.12.117, present in 7.2.13), and the P2PDMA flags
 * of the same series.
 * Selected by: !HAVE_HMM_PFN_DMA_MAPPED.
 *
 * The RDMA stack keeps per-page DMA state in its hmm pfn array (flags
 * HMM_PFN_DMA_MAPPED, HMM_PFN_P2PDMA, HMM_PFN_P2PDMA_BUS) and relies on
 * hmm_range_fault() carrying them from input to output ("sticky"). An
 * older hmm_range_fault() rewrites every entry, and keeps a 5-bit map order
 * in the bits (BITS_PER_LONG - 8 ...) that now hold the new flags.
 *
 * So the stack's modules see the newer layout throughout: flags and order
 * shift as in the newer kernel, the accessors redefined to match, and
 * hmm_range_fault() replaced by rdmabp_hmm_range_fault() (compat/hmm_dma.c),
 * which lets the kernel fault into a scratch array, converts each entry to
 * the newer layout and puts the sticky flags back. The kernel never sees an
 * entry in the newer layout. Why not a header alone: the conversion needs a
 * scratch array as long as the range.
 */
enum {
	/* The layout of the kernel's own hmm_range_fault() output. */
	RDMABP_KERNEL_HMM_PFN_ORDER_SHIFT = HMM_PFN_ORDER_SHIFT,
	RDMABP_KERNEL_HMM_PFN_FLAGS = HMM_PFN_FLAGS,
};

#define HMM_PFN_DMA_MAPPED	(1UL << (BITS_PER_LONG - 4))
#define HMM_PFN_P2PDMA		(1UL << (BITS_PER_LONG - 5))
#define HMM_PFN_P2PDMA_BUS	(1UL << (BITS_PER_LONG - 6))
#define HMM_PFN_ORDER_SHIFT	(BITS_PER_LONG - 11)
#define HMM_PFN_FLAGS		(~((1UL << HMM_PFN_ORDER_SHIFT) - 1))
/* What hmm_range_fault() carries from input to output. */
#define RDMABP_HMM_PFN_INOUT_FLAGS \
	(HMM_PFN_DMA_MAPPED | HMM_PFN_P2PDMA | HMM_PFN_P2PDMA_BUS)

static inline struct page *rdmabp_hmm_pfn_to_page(unsigned long hmm_pfn)
{
	return pfn_to_page(hmm_pfn & ~HMM_PFN_FLAGS);
}
#define hmm_pfn_to_page(hmm_pfn) rdmabp_hmm_pfn_to_page(hmm_pfn)

static inline phys_addr_t hmm_pfn_to_phys(unsigned long hmm_pfn)
{
	return __pfn_to_phys(hmm_pfn & ~HMM_PFN_FLAGS);
}

static inline unsigned int rdmabp_hmm_pfn_to_map_order(unsigned long hmm_pfn)
{
	return (hmm_pfn >> HMM_PFN_ORDER_SHIFT) & 0x1F;
}
#define hmm_pfn_to_map_order(hmm_pfn) rdmabp_hmm_pfn_to_map_order(hmm_pfn)

/* One entry of the kernel's hmm_range_fault() output, in the newer layout. */
static inline unsigned long rdmabp_hmm_pfn_from_kernel(unsigned long kpfn)
{
	unsigned long order = (kpfn >> RDMABP_KERNEL_HMM_PFN_ORDER_SHIFT) & 0x1F;

	return (kpfn & (HMM_PFN_VALID | HMM_PFN_WRITE | HMM_PFN_ERROR)) |
	       (kpfn & ~RDMABP_KERNEL_HMM_PFN_FLAGS & ~HMM_PFN_FLAGS) |
	       (order << HMM_PFN_ORDER_SHIFT);
}

int rdmabp_hmm_range_fault(struct hmm_range *range);
#define hmm_range_fault(range) rdmabp_hmm_range_fault(range)
#endif /* !HAVE_HMM_PFN_DMA_MAPPED */

#endif /* _RDMABP_LINUX_HMM_H */
