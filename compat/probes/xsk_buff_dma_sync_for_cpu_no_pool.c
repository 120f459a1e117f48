// SPDX-License-Identifier: GPL-2.0
/*
 * xsk_buff_dma_sync_for_cpu(xdp) without the pool argument (the pool is
 * found from the buffer): "xsk: use generic DMA sync shortcut instead of a
 * custom one", v6.10 (the release written here before, kept: this check found
 * the patch at v2 of its DMA sync series on 2024-02-05 and did not establish
 * when it was applied; the subject written before, xsk: remove the pool
 * argument of xsk_buff_dma_sync_for_cpu(), was from memory and matches no
 * patch found).
 * Absent in 6.1.192, present in 6.12.117 (Debian's kernels, by this probe).
 * Checked: 163943ac00cb, net-next v5 of 2024-05-06 (days before v6.9),
 * taken through the dma-mapping tree whose pull's shortlog lists it: v6.10
 * consistent.
 */
#include <net/xdp_sock_drv.h>

void rdmabp_probe(struct xdp_buff *xdp)
{
	xsk_buff_dma_sync_for_cpu(xdp);
}
