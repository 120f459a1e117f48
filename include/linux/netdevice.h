/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/netdevice.h> with the netdev instance-lock API of newer kernels.
 */
#ifndef _RDMABP_LINUX_NETDEVICE_H
#define _RDMABP_LINUX_NETDEVICE_H

#include_next <linux/netdevice.h>

#ifndef HAVE_NETDEV_LOCK
/*
 * Undoes: "net: add netdev_lock() / netdev_unlock() helpers" (v6.14).
 * Selected by: !HAVE_NETDEV_LOCK. Such a kernel has no mutex in struct
 * net_device; the compat module keeps one per device (compat/netdev_lock.c)
 * so the drivers' own exclusion holds. The kernel itself never takes it.
 */
void rdmabp_netdev_lock(struct net_device *dev);
void rdmabp_netdev_unlock(struct net_device *dev);
#define netdev_lock rdmabp_netdev_lock
#define netdev_unlock rdmabp_netdev_unlock
#endif /* !HAVE_NETDEV_LOCK */

#ifndef HAVE_NAPI_ENABLE_LOCKED
/*
 * Undoes: "net: protect NAPI enablement with netdev_lock()" (v6.15).
 * Selected by: !HAVE_NAPI_ENABLE_LOCKED. Without an instance lock the
 * plain calls are the whole operation.
 */
#define napi_enable_locked(n)	napi_enable(n)
#define napi_disable_locked(n)	napi_disable(n)
#endif /* !HAVE_NAPI_ENABLE_LOCKED */

#ifndef HAVE_NETIF_SET_MTU
/*
 * Undoes: "net: rename dev_set_mtu() callers' locked variant to
 * netif_set_mtu()" (v6.15). Selected by: !HAVE_NETIF_SET_MTU. Callers hold
 * RTNL, which is all dev_set_mtu() of such a kernel needs.
 */
static inline int netif_set_mtu(struct net_device *dev, int new_mtu)
{
	return dev_set_mtu(dev, new_mtu);
}
#endif /* !HAVE_NETIF_SET_MTU */

#ifndef HAVE_NETIF_GET_FLAGS
/*
 * Undoes: "net: rename dev_get_flags() to netif_get_flags()" (v6.18).
 * Selected by: !HAVE_NETIF_GET_FLAGS. Same function, old name.
 */
static inline unsigned int netif_get_flags(const struct net_device *dev)
{
	return dev_get_flags(dev);
}
#endif /* !HAVE_NETIF_GET_FLAGS */

#ifndef HAVE_NETIF_NAPI_ADD_LOCKED
/*
 * Undoes: "net: protect netdev->napi_list with netdev_lock()" (v6.14):
 * netif_napi_add_locked() and __netif_napi_del_locked().
 * Selected by: !HAVE_NETIF_NAPI_ADD_LOCKED. Such a kernel registers and
 * removes a NAPI context under RTNL or the driver's own locks only: the
 * unlocked calls are the whole operation.
 */
#define netif_napi_add_locked(dev, napi, poll)	netif_napi_add(dev, napi, poll)
#define __netif_napi_del_locked(napi)		__netif_napi_del(napi)
#define netif_napi_del_locked(napi)		netif_napi_del(napi)
#endif /* !HAVE_NETIF_NAPI_ADD_LOCKED */

#ifndef HAVE_NETIF_NAPI_ADD_CONFIG_LOCKED
/*
 * Undoes: netif_napi_add_config_locked() of "net: protect netdev->napi_list
 * with netdev_lock()" (v6.14) and, where the kernel also lacks it, the
 * persistent per-NAPI config of "net: napi: Add napi_config" (v6.13).
 * Selected by: !HAVE_NETIF_NAPI_ADD_CONFIG_LOCKED (and !HAVE_NETIF_NAPI_ADD_CONFIG).
 * Without napi_config the index only named the slot that keeps a NAPI's
 * settings across a channel reset; such a kernel keeps none.
 */
#ifdef HAVE_NETIF_NAPI_ADD_CONFIG
#define netif_napi_add_config_locked(dev, napi, poll, index)	\
	netif_napi_add_config(dev, napi, poll, index)
#else
#define netif_napi_add_config_locked(dev, napi, poll, index)	\
	netif_napi_add(dev, napi, poll)
#endif /* HAVE_NETIF_NAPI_ADD_CONFIG */
#endif /* !HAVE_NETIF_NAPI_ADD_CONFIG_LOCKED */

#ifndef HAVE_NETIF_NAPI_SET_IRQ_LOCKED
/*
 * Undoes: "net: protect napi->irq with netdev_lock()" (v6.14).
 * Selected by: !HAVE_NETIF_NAPI_SET_IRQ_LOCKED.
 * The unlocked call of such a kernel only records the irq.
 */
#define netif_napi_set_irq_locked(napi, irq)	netif_napi_set_irq(napi, irq)
#endif /* !HAVE_NETIF_NAPI_SET_IRQ_LOCKED */

#ifndef HAVE_NDO_HWTSTAMP_GET
#include <uapi/linux/net_tstamp.h>

/*
 * Undoes: "net: add NDOs for configuring hardware timestamping" (v6.6),
 * with struct kernel_hwtstamp_config. Selected by: !HAVE_NDO_HWTSTAMP_GET.
 * Such a kernel hands SIOCGHWTSTAMP/SIOCSHWTSTAMP to ndo_eth_ioctl (after
 * validating the request): the rule patches/cocci/mlx5-ndo-hwtstamp-ioctl.cocci
 * points ndo_eth_ioctl at a wrapper that gives both to the driver's
 * ndo_hwtstamp_get/set through rdmabp_ndo_hwtstamp_ioctl()
 * (compat/hwtstamp.c), which converts the user's struct hwtstamp_config.
 */
struct kernel_hwtstamp_config {
	int flags;
	int tx_type;
	int rx_filter;
	struct ifreq *ifr;
	bool copied_to_user;
};

static inline void
hwtstamp_config_to_kernel(struct kernel_hwtstamp_config *kernel_cfg,
			  const struct hwtstamp_config *cfg)
{
	kernel_cfg->flags = cfg->flags;
	kernel_cfg->tx_type = cfg->tx_type;
	kernel_cfg->rx_filter = cfg->rx_filter;
}

static inline void
hwtstamp_config_from_kernel(struct hwtstamp_config *cfg,
			    const struct kernel_hwtstamp_config *kernel_cfg)
{
	cfg->flags = kernel_cfg->flags;
	cfg->tx_type = kernel_cfg->tx_type;
	cfg->rx_filter = kernel_cfg->rx_filter;
}

int rdmabp_ndo_hwtstamp_ioctl(struct net_device *dev, struct ifreq *ifr,
			      int cmd,
			      int (*get)(struct net_device *dev,
					 struct kernel_hwtstamp_config *cfg),
			      int (*set)(struct net_device *dev,
					 struct kernel_hwtstamp_config *cfg,
					 struct netlink_ext_ack *extack));
#endif /* !HAVE_NDO_HWTSTAMP_GET */

#ifndef HAVE_NETIF_QUEUE_SET_NAPI
/*
 * Undoes: "net: Add queue and napi association"
 * (v6.8). Selected by: !HAVE_NETIF_QUEUE_SET_NAPI. The link only tells
 * the netdev netlink family which NAPI serves a queue; such a kernel has
 * no such family and nothing to record.
 */
enum netdev_queue_type {
	NETDEV_QUEUE_TYPE_RX,
	NETDEV_QUEUE_TYPE_TX,
};

static inline void netif_queue_set_napi(struct net_device *dev,
					unsigned int queue_index,
					enum netdev_queue_type type,
					struct napi_struct *napi)
{
}
#endif /* !HAVE_NETIF_QUEUE_SET_NAPI */

#ifndef HAVE_NAPI_SCHEDULE_BOOL
/*
 * Undoes: "netdev: make napi_schedule return bool on NAPI
 * successful schedule" (v6.7).
 * Selected by: !HAVE_NAPI_SCHEDULE_BOOL. The same two calls as such a
 * kernel's napi_schedule(), and whether they scheduled the NAPI: ipoib
 * polls again when its re-armed CQ reports missed events and it got the
 * NAPI back.
 */
static inline bool rdmabp_napi_schedule(struct napi_struct *n)
{
	if (napi_schedule_prep(n)) {
		__napi_schedule(n);
		return true;
	}
	return false;
}
#define napi_schedule rdmabp_napi_schedule
#endif /* !HAVE_NAPI_SCHEDULE_BOOL */

#ifndef HAVE_NETIF_NAPI_SET_IRQ
/*
 * Undoes: "net: Add NAPI IRQ support" (v6.8),
 * netif_napi_set_irq(). Selected by: !HAVE_NETIF_NAPI_SET_IRQ. The irq was
 * recorded for the netdev netlink family (and later IRQ affinity), which
 * such a kernel does not have: nothing to record.
 */
static inline void netif_napi_set_irq(struct napi_struct *napi, int irq)
{
}
#endif /* !HAVE_NETIF_NAPI_SET_IRQ */

#ifndef HAVE_NETDEV_NETNS_IMMUTABLE
/*
 * Undoes: "netdev_features: convert NETIF_F_NETNS_LOCAL to dev->netns_local" (v6.12),
 * later netns_immutable. Selected by: !HAVE_NETDEV_NETNS_IMMUTABLE. Such a
 * kernel keeps the property as a feature bit
 * (patches/cocci/mlx5-netns-local-feature.cocci).
 */
static inline void rdmabp_netdev_set_netns_immutable(struct net_device *dev,
						     bool immutable)
{
	if (immutable)
		dev->features |= NETIF_F_NETNS_LOCAL;
	else
		dev->features &= ~NETIF_F_NETNS_LOCAL;
}
#endif /* !HAVE_NETDEV_NETNS_IMMUTABLE */

#ifndef HAVE_NETDEVICE_TRACKER
/*
 * Undoes: "net: add net device refcount tracker infrastructure" (v5.17).
 * Selected by: !HAVE_NETDEVICE_TRACKER. As upstream without
 * CONFIG_NET_DEV_REFCNT_TRACKER: the tracker is empty, a reference is a
 * plain count.
 */
typedef struct {} netdevice_tracker;
#endif /* !HAVE_NETDEVICE_TRACKER */

#ifndef HAVE_NETDEV_HOLD
/*
 * Undoes: "net: rename reference+tracking helpers" (v6.0), which named the
 * tracked dev_hold()/dev_put() netdev_hold()/netdev_put(). Selected by:
 * !HAVE_NETDEV_HOLD. Where the kernel tracks references (it has
 * netdevice_tracker) its dev_hold_track() is the same call; otherwise a
 * reference is the plain count.
 */
#ifdef HAVE_NETDEVICE_TRACKER
#define netdev_hold(dev, tracker, gfp)	dev_hold_track(dev, tracker, gfp)
#define netdev_put(dev, tracker)	dev_put_track(dev, tracker)
#else
static inline void netdev_hold(struct net_device *dev,
			       netdevice_tracker *tracker, gfp_t gfp)
{
	if (dev)
		dev_hold(dev);
}

static inline void netdev_put(struct net_device *dev,
			      netdevice_tracker *tracker)
{
	if (dev)
		dev_put(dev);
}
#endif /* HAVE_NETDEVICE_TRACKER */
#endif /* !HAVE_NETDEV_HOLD */

#ifndef HAVE_NETIF_NAPI_ADD_WEIGHT
/*
 * Undoes: "netdev: reshuffle netif_napi_add() APIs to allow dropping
 * weight" (v5.19).
 * Selected by: !HAVE_NETIF_NAPI_ADD_WEIGHT. Such a kernel's
 * netif_napi_add() takes the weight itself.
 */
#define netif_napi_add_weight(dev, napi, poll, weight)	\
	((netif_napi_add)(dev, napi, poll, weight))
#endif /* !HAVE_NETIF_NAPI_ADD_WEIGHT */

#ifndef HAVE_NETIF_NAPI_ADD_NO_WEIGHT
/*
 * Undoes: "net: drop the weight argument from netif_napi_add" (v6.1).
 * Selected by: !HAVE_NETIF_NAPI_ADD_NO_WEIGHT. Such a kernel's
 * netif_napi_add() takes the weight, which the newer one sets to
 * NAPI_POLL_WEIGHT itself. The weight-taking calls above name the
 * function in parentheses, past this macro.
 */
#define netif_napi_add(dev, napi, poll)	\
	netif_napi_add(dev, napi, poll, NAPI_POLL_WEIGHT)
#endif /* !HAVE_NETIF_NAPI_ADD_NO_WEIGHT */

#ifndef HAVE_NETIF_NAPI_ADD_WEIGHT
/*
 * Undoes: "netdev: reshuffle netif_napi_add() APIs to allow dropping
 * weight" (v5.19): netif_napi_add_tx(), a TX-only NAPI context with the
 * default weight. Selected by: !HAVE_NETIF_NAPI_ADD_WEIGHT. Such a kernel
 * has the same call as netif_tx_napi_add(), weight given.
 */
#define netif_napi_add_tx(dev, napi, poll)	\
	netif_tx_napi_add(dev, napi, poll, NAPI_POLL_WEIGHT)
#endif /* !HAVE_NETIF_NAPI_ADD_WEIGHT */

#ifndef HAVE_DEV_SW_NETSTATS_TX_ADD
/*
 * Undoes: "net: core: add dev_sw_netstats_tx_add" (v5.11).
 * Selected by: !HAVE_DEV_SW_NETSTATS_TX_ADD. As dev_sw_netstats_rx_add()
 * of such a kernel counts received packets in the device's per-CPU
 * statistics (tstats), this counts sent ones.
 */
static inline void dev_sw_netstats_tx_add(struct net_device *dev,
					  unsigned int packets,
					  unsigned int len)
{
	struct pcpu_sw_netstats *tstats = this_cpu_ptr(dev->tstats);

	u64_stats_update_begin(&tstats->syncp);
	tstats->tx_bytes += len;
	tstats->tx_packets += packets;
	u64_stats_update_end(&tstats->syncp);
}
#endif /* !HAVE_DEV_SW_NETSTATS_TX_ADD */

#ifndef HAVE_NDO_ETH_IOCTL
/*
 * Undoes: "dev_ioctl: split out ndo_eth_ioctl" (v5.15).
 * Selected by: !HAVE_NDO_ETH_IOCTL. Such a kernel hands the same requests
 * (SIOCGHWTSTAMP/SIOCSHWTSTAMP, the MII ioctls) to ndo_do_ioctl, which has
 * the same prototype; SIOCDEVPRIVATE still reaches it too, and the pinned
 * drivers refuse what they do not know.
 */
#define ndo_eth_ioctl ndo_do_ioctl
#endif /* !HAVE_NDO_ETH_IOCTL */

#ifndef HAVE_ALLOC_NETDEV_DUMMY
/*
 * Undoes: "net: create a dummy net_device allocator" (v6.10).
 * Selected by: !HAVE_ALLOC_NETDEV_DUMMY.
 * Such a kernel has dummy netdevs (for NAPI) only embedded in a driver's
 * own structure (init_dummy_netdev(), which clears the whole netdev first).
 * The netdev is allocated as the newer allocator does, with alloc_netdev()
 * and the set-up init_dummy_netdev() does after its memset. It stays
 * NETREG_UNINITIALIZED rather than NETREG_DUMMY, the state such a kernel's
 * free_netdev() frees without registration (the newer one frees both);
 * it is never registered.
 */
static inline void rdmabp_init_dummy_netdev_core(struct net_device *dev)
{
	INIT_LIST_HEAD(&dev->napi_list);
	set_bit(__LINK_STATE_PRESENT, &dev->state);
	set_bit(__LINK_STATE_START, &dev->state);
	dev_net_set(dev, &init_net);
}

static inline struct net_device *alloc_netdev_dummy(int sizeof_priv)
{
	return alloc_netdev(sizeof_priv, "dummy#", NET_NAME_UNKNOWN,
			    rdmabp_init_dummy_netdev_core);
}
#endif /* !HAVE_ALLOC_NETDEV_DUMMY */

#ifndef HAVE_NETIF_SET_TSO_MAX_SIZE
/*
 * Undoes: "net: add netif_inherit_tso_max()" (v5.19): the device's TSO
 * limit, netif_set_tso_max_size().
 * Selected by: !HAVE_NETIF_SET_TSO_MAX_SIZE. Such a kernel has one limit,
 * the GSO maximum, which the driver sets to what its device can do (at
 * most GSO_MAX_SIZE), as the newer kernel's helper does when it lowers
 * the GSO maximum below the TSO limit.
 */
static inline void netif_set_tso_max_size(struct net_device *dev,
					  unsigned int size)
{
	netif_set_gso_max_size(dev, min_t(unsigned int, size, GSO_MAX_SIZE));
}
#endif /* !HAVE_NETIF_SET_TSO_MAX_SIZE */

#ifndef HAVE_NETIF_CARRIER_EVENT
/*
 * Undoes: "mlx5: count all link events" (v5.14): netif_carrier_event().
 * Selected by: !HAVE_NETIF_CARRIER_EVENT. The same steps on such a
 * kernel's public counters and its exported linkwatch_fire_event().
 */
static inline void netif_carrier_event(struct net_device *dev)
{
	if (dev->reg_state == NETREG_UNINITIALIZED)
		return;
	atomic_inc(&dev->carrier_up_count);
	atomic_inc(&dev->carrier_down_count);
	linkwatch_fire_event(dev);
}
#endif /* !HAVE_NETIF_CARRIER_EVENT */

#ifndef HAVE_NETDEV_LAG_HASH_VLAN_SRCMAC
/*
 * Undoes: "bonding: add a vlan+srcmac tx hashing option" (v5.12):
 * NETDEV_LAG_HASH_VLAN_SRCMAC.
 * Selected by: !HAVE_NETDEV_LAG_HASH_VLAN_SRCMAC. Such a kernel's bonding
 * never reports that hash to a lower device: a value none of its
 * enum netdev_lag_hash has, which a driver's comparison never meets.
 */
#define NETDEV_LAG_HASH_VLAN_SRCMAC (NETDEV_LAG_HASH_UNKNOWN + 1)
#endif /* !HAVE_NETDEV_LAG_HASH_VLAN_SRCMAC */

#ifndef GRO_LEGACY_MAX_SIZE
/*
 * Undoes: "net: allow gro_max_size to exceed 65536" (v5.19), which named
 * the old limit of a GRO packet GRO_LEGACY_MAX_SIZE. Selected by: the
 * macro is not defined (a macro is its own probe). Such a kernel's GRO
 * packets never exceed it: its value, GSO_MAX_SIZE there.
 */
#define GRO_LEGACY_MAX_SIZE	65536u
#endif /* !GRO_LEGACY_MAX_SIZE */

#ifndef HAVE_NETIF_DEVICE_PRESENT_CONST
/*
 * Undoes: "net: Change dev parameter to const in netif_device_present()"
 * (v5.13). Selected by: !HAVE_NETIF_DEVICE_PRESENT_CONST. Such a kernel's
 * test reads one state bit of a non-const net_device; callbacks that are
 * given a const one (ndo_has_offload_stats) pass it as such.
 */
#define netif_device_present(dev)	\
	((netif_device_present)((struct net_device *)(dev)))
#endif /* !HAVE_NETIF_DEVICE_PRESENT_CONST */

#endif /* _RDMABP_LINUX_NETDEVICE_H */
