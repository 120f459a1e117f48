// SPDX-License-Identifier: GPL-2.0
/*
 * xsk_buff_dma_sync_for_cpu(xdp) without the pool argument: "xsk: remove
 * the pool argument of xsk_buff_dma_sync_for_cpu()" (the pool is found
 * from the buffer; v6.10); absent in 6.1.192, present in 6.12.117.
 */
#include <net/xdp_sock_drv.h>

void rdmabp_probe(struct xdp_buff *xdp)
{
	xsk_buff_dma_sync_for_cpu(xdp);
}
