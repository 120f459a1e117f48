// SPDX-License-Identifier: GPL-2.0
/*
 * xsk_buff_alloc_batch() and xsk_buff_set_size(): "xsk: Batched buffer
 * allocation for the pool", v5.16.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 47e4075df300, bpf-next 02/13 of 2021-09-22 (the patch adds
 * both), after v5.15-rc1: v5.16, inferred from that date.
 */
#include <net/xdp_sock_drv.h>

u32 rdmabp_probe(struct xsk_buff_pool *pool, struct xdp_buff **xdp)
{
	xsk_buff_set_size(xdp[0], 64);
	return xsk_buff_alloc_batch(pool, xdp, 2);
}
