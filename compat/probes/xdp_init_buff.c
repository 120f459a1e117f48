// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_init_buff(): "net, xdp: Introduce xdp_init_buff utility routine",
 * v5.12.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 43b5169d8355, bpf-next v4 1/2 of 2020-12-19 (posted as "net:
 * xdp: ..."), in a push log of bpf-next; after v5.10 of 2020-12-13: v5.12,
 * inferred from that date.
 */
#include <net/xdp.h>

void rdmabp_probe(struct xdp_buff *xdp, struct xdp_rxq_info *rxq)
{
	xdp_init_buff(xdp, 4096, rxq);
}
