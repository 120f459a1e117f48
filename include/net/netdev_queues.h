/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/netdev_queues.h> with the per-queue configuration and the tx
 * timeout helper of newer kernels.
 */
#ifndef _RDMABP_NET_NETDEV_QUEUES_H
#define _RDMABP_NET_NETDEV_QUEUES_H

#include_next <net/netdev_queues.h>

#ifndef HAVE_NETDEV_QUEUE_CONFIG
/*
 * Undoes: the per-queue configuration (struct netdev_queue_config, the
 * qcfg queue-management ops) of the net core (absent in 6.12.117, present
 * in 7.2.13). Selected by: !HAVE_NETDEV_QUEUE_CONFIG.
 * Only the type: a driver on such a kernel installs no queue-management
 * ops of the new kind (patches/quilt/mlx5e-no-queue-mgmt-ops.patch), so it
 * never receives a configuration and passes NULL where it would.
 */
struct netdev_queue_config {
	u32 rx_page_size;
};
#endif /* !HAVE_NETDEV_QUEUE_CONFIG */

#ifndef HAVE_NETIF_XMIT_TIMEOUT_MS
/*
 * Undoes: "net: add netif_xmit_timeout_ms()" (absent in 6.12.117, present
 * in 7.2.13). Selected by: !HAVE_NETIF_XMIT_TIMEOUT_MS. The same test the
 * watchdog of such a kernel makes (dev_watchdog()).
 */
static inline unsigned int netif_xmit_timeout_ms(struct netdev_queue *txq)
{
	unsigned long trans_start = READ_ONCE(txq->trans_start);

	if (netif_xmit_stopped(txq) &&
	    time_after(jiffies, trans_start + txq->dev->watchdog_timeo))
		return jiffies_to_msecs(jiffies - trans_start);

	return 0;
}
#endif /* !HAVE_NETIF_XMIT_TIMEOUT_MS */

#endif /* _RDMABP_NET_NETDEV_QUEUES_H */
