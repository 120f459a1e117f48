/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/rps.h> for kernels that declare the RPS/RFS interfaces in
 * <linux/netdevice.h>.
 *
 * Undoes: "net: introduce include/net/rps.h" (v6.10: absent in 6.1.0-57,
 * present in 6.12.118).
 * Selected by: !HAVE_HEADER_NET_RPS_H.
 * Such a kernel has the same declarations (rps_may_expire_flow(),
 * struct rps_sock_flow_table, rps_record_sock_flow(), ...) in that header.
 */
#ifndef _RDMABP_NET_RPS_H
#define _RDMABP_NET_RPS_H

#include <linux/netdevice.h>

#endif /* _RDMABP_NET_RPS_H */
