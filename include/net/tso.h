/* SPDX-License-Identifier: GPL-2.0 */
/* <net/tso.h> with the TSO DMA mapping state type of newer kernels. */
#ifndef _RDMABP_NET_TSO_H
#define _RDMABP_NET_TSO_H

#include_next <net/tso.h>

#ifndef HAVE_TSO_DMA_MAP
#include <linux/dma-mapping.h>

/*
 * Undoes: the struct tso_dma_map helpers of <net/tso.h> (after v6.12),
 * for their completion state only. Selected by: !HAVE_TSO_DMA_MAP.
 * The pinned bnxt_en header bnxt.h, which bnxt_re includes for a few
 * register constants, embeds this state in bnxt_en's own TX ring entry;
 * bnxt_re never touches that structure, so only the type is needed here
 * (struct dma_iova_state comes from the compat <linux/dma-mapping.h>).
 */
struct tso_dma_map_completion_state {
	struct dma_iova_state iova_state;
	size_t total_len;
};
#endif /* !HAVE_TSO_DMA_MAP */

#endif /* _RDMABP_NET_TSO_H */
