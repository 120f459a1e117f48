/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/gro.h> for kernels that declare the GRO interfaces in
 * <linux/netdevice.h>.
 *
 * Undoes: "net: move gro definitions to include/net/gro.h" (v5.17: absent
 * in 5.10.262, present in 6.1.192).
 * Selected by: !HAVE_HEADER_NET_GRO_H.
 * Such a kernel has the same declarations (struct napi_gro_cb,
 * skb_gro_*(), napi_gro_receive(), ...) in that header.
 */
#ifndef _RDMABP_MISSING_NET_GRO_H
#define _RDMABP_MISSING_NET_GRO_H

#include <linux/netdevice.h>

#endif /* _RDMABP_MISSING_NET_GRO_H */
