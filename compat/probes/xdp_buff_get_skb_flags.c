// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_buff_get_skb_flags() in <net/xdp.h>: the xdp_buff flags handed whole
 * to the skb helpers (after v6.12; absent in 6.12.117, present in 7.2.13).
 */
#include <net/xdp.h>

u32 rdmabp_probe(const struct xdp_buff *xdp)
{
	return xdp_buff_get_skb_flags(xdp);
}
