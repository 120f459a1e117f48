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
 * Undoes: "net: add bare bone queue configs" (v7.0) and the rest of its
 * series: the per-queue configuration (struct netdev_queue_config, the
 * qcfg queue-management ops) of the net core.
 * Selected by: !HAVE_NETDEV_QUEUE_CONFIG.
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
 * Undoes: "net: Introduce netif_xmit_timeout_ms() helper" (v7.0).
 * Selected by: !HAVE_NETIF_XMIT_TIMEOUT_MS. The same test the
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

#ifndef HAVE_NETDEV_STAT_OPS
/*
 * Undoes: "netdev: add per-queue statistics" (v6.9). Selected by:
 * !HAVE_NETDEV_STAT_OPS. The types only, as 7.2.13 lays them out: such a
 * kernel has no netdev netlink family to ask for per-queue statistics and
 * no net_device::stat_ops (patches/cocci/mlx5e-no-netdev-stat-ops.cocci
 * leaves the driver's table unregistered); ethtool -S and the device's
 * totals are unchanged.
 */
struct netdev_queue_stats_rx {
	u64 bytes;
	u64 packets;
	u64 alloc_fail;

	u64 hw_drops;
	u64 hw_drop_overruns;

	u64 csum_complete;
	u64 csum_unnecessary;
	u64 csum_none;
	u64 csum_bad;

	u64 hw_gro_packets;
	u64 hw_gro_bytes;
	u64 hw_gro_wire_packets;
	u64 hw_gro_wire_bytes;

	u64 hw_drop_ratelimits;
};

struct netdev_queue_stats_tx {
	u64 bytes;
	u64 packets;

	u64 hw_drops;
	u64 hw_drop_errors;

	u64 csum_none;
	u64 needs_csum;

	u64 hw_gso_packets;
	u64 hw_gso_bytes;
	u64 hw_gso_wire_packets;
	u64 hw_gso_wire_bytes;

	u64 hw_drop_ratelimits;

	u64 stop;
	u64 wake;
};

struct netdev_stat_ops {
	void (*get_queue_stats_rx)(struct net_device *dev, int idx,
				   struct netdev_queue_stats_rx *stats);
	void (*get_queue_stats_tx)(struct net_device *dev, int idx,
				   struct netdev_queue_stats_tx *stats);
	void (*get_base_stats)(struct net_device *dev,
			       struct netdev_queue_stats_rx *rx,
			       struct netdev_queue_stats_tx *tx);
};
#endif /* !HAVE_NETDEV_STAT_OPS */

#endif /* _RDMABP_NET_NETDEV_QUEUES_H */
