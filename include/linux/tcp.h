/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/tcp.h> with the header length helper of newer kernels. */
#ifndef _RDMABP_LINUX_TCP_H
#define _RDMABP_LINUX_TCP_H

#include_next <linux/tcp.h>

#ifndef HAVE_SKB_TCP_ALL_HEADERS
/*
 * Undoes: "net: add skb_[inner_]tcp_all_headers helpers" (v6.0).
 * Selected by: !HAVE_SKB_TCP_ALL_HEADERS. The same sum the helper
 * replaced at its call sites.
 */
static inline int skb_tcp_all_headers(const struct sk_buff *skb)
{
	return skb_transport_offset(skb) + tcp_hdrlen(skb);
}

static inline int skb_inner_tcp_all_headers(const struct sk_buff *skb)
{
	return skb_inner_transport_offset(skb) + inner_tcp_hdrlen(skb);
}
#endif /* !HAVE_SKB_TCP_ALL_HEADERS */

#endif /* _RDMABP_LINUX_TCP_H */
