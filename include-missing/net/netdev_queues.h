/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/netdev_queues.h> for kernels without it.
 *
 * Undoes: "net: provide macros for commonly copied lockless queue
 * stop/wake code" (v6.4), which created the header (Debian's 6.1.192
 * carries it too; absent in 5.10.262).
 * Selected by: !HAVE_HEADER_NET_NETDEV_QUEUES_H.
 * Its queue stop/wake macros are used by none of the pinned drivers; what
 * they use of the header comes from the compat <net/netdev_queues.h>
 * around this one.
 */
#ifndef _RDMABP_MISSING_NET_NETDEV_QUEUES_H
#define _RDMABP_MISSING_NET_NETDEV_QUEUES_H

#include <linux/netdevice.h>

#endif /* _RDMABP_MISSING_NET_NETDEV_QUEUES_H */
