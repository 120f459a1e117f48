// SPDX-License-Identifier: GPL-2.0
/*
 * struct xdp_buff_xsk::cb, room for a driver's own fields after the
 * xdp_buff of an AF_XDP buffer (XSK_CHECK_PRIV_TYPE()): "xsk: Add cb area
 * to struct xdp_buff_xsk" (v6.3; written with a lower-case add here
 * before); absent in 6.1.0-57 (6.1.x), present in 6.12.118.
 * Checked: 94ecc5ca4dbf, bpf-next v8 of January 2023.
 */
#include <net/xsk_buff_pool.h>

int rdmabp_probe(struct xdp_buff_xsk *xskb)
{
	XSK_CHECK_PRIV_TYPE(struct xdp_buff);
	return xskb->cb[0];
}
