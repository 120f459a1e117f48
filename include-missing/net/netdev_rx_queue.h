/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/netdev_rx_queue.h> for kernels without it.
 *
 * Undoes: "net: move struct netdev_rx_queue out of netdevice.h" (v6.6;
 * v2 posted 2023-08-03 in the v6.5 cycle, the release inferred from that
 * date; absent in 6.1.192, present in 6.12.118).
 * Selected by: !HAVE_HEADER_NET_NETDEV_RX_QUEUE_H.
 * Such a kernel declares the RX queue (used by mlx5e only through the
 * queue-management ops it does not install there) in <linux/netdevice.h>.
 */
#ifndef _RDMABP_NET_NETDEV_RX_QUEUE_H
#define _RDMABP_NET_NETDEV_RX_QUEUE_H

#include <linux/netdevice.h>

#endif /* _RDMABP_NET_NETDEV_RX_QUEUE_H */
