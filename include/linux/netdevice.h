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
 * Undoes: "net: add napi_enable_locked() and napi_disable_locked()" (v6.15).
 * Selected by: !HAVE_NAPI_ENABLE_LOCKED. Without an instance lock the
 * plain calls are the whole operation.
 */
#define napi_enable_locked(n)	napi_enable(n)
#define napi_disable_locked(n)	napi_disable(n)
#endif /* !HAVE_NAPI_ENABLE_LOCKED */

#ifndef HAVE_NETIF_SET_MTU
/*
 * Undoes: "net: make dev_set_mtu() take the instance lock; add
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

#endif /* _RDMABP_LINUX_NETDEVICE_H */
