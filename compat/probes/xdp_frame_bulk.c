// SPDX-License-Identifier: GPL-2.0
/*
 * struct xdp_frame_bulk and xdp_return_frame_bulk()/xdp_flush_frame_bulk():
 * "net: xdp: Introduce bulking for xdp tx return path", v5.11; with
 * xdp_frame_bulk_init() of later kernels (a kernel with the bulk but not
 * the init would need a block of its own).
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 8965398713d8, net-next 1/4 of 2020-10-27, listed in a
 * networking pull under Lorenzo Bianconi's commits and in a bpf-next push
 * log of 2020-11-13, before v5.10 of 2020-12-13: v5.11, inferred from
 * that date.
 */
#include <net/xdp.h>

void rdmabp_probe(struct xdp_frame *xdpf)
{
	struct xdp_frame_bulk bq;

	xdp_frame_bulk_init(&bq);
	xdp_return_frame_bulk(xdpf, &bq);
	xdp_flush_frame_bulk(&bq);
}
