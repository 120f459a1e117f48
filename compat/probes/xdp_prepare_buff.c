// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_prepare_buff(): "net, xdp: Introduce xdp_prepare_buff utility
 * routine", v5.12.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: be9df4aff65f, bpf-next v4 2/2 of 2020-12-19, after v5.10 of
 * 2020-12-13: v5.12, inferred from that date.
 */
#include <net/xdp.h>

void rdmabp_probe(struct xdp_buff *xdp, unsigned char *start)
{
	xdp_prepare_buff(xdp, start, 256, 64, true);
}
