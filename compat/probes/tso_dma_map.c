// SPDX-License-Identifier: GPL-2.0
/*
 * struct tso_dma_map and its completion state in <net/tso.h>: the TSO DMA
 * mapping helpers over the two-step IOVA DMA API (after v6.12; 7.2's
 * bnxt_en keeps the completion state in its software TX ring).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe;
 * their <net/tso.h>).
 * Unverified: the commit was not found; the stored text has the helpers'
 * code (net/core/tso.c, bnxt_gso.c) but no patch mail or shortlog naming
 * them.
 */
#include <net/tso.h>

size_t rdmabp_probe(struct tso_dma_map_completion_state *s)
{
	return s->total_len;
}
