/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/gso.h> for kernels that declare the GSO helpers in <linux/skbuff.h>
 * and <linux/netdevice.h>.
 *
 * Undoes: "net: move gso declarations and functions to their own files"
 * (v6.5: absent in 6.1.0-57, present in 6.12.118).
 * Selected by: !HAVE_HEADER_NET_GSO_H.
 * Such a kernel has the same declarations (struct skb_gso_cb, SKB_GSO_CB(),
 * skb_gso_segment(), skb_gso_validate_*_len(), ...) in those two headers.
 */
#ifndef _RDMABP_NET_GSO_H
#define _RDMABP_NET_GSO_H

#include <linux/skbuff.h>
#include <linux/netdevice.h>

#endif /* _RDMABP_NET_GSO_H */
