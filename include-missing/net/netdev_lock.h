/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <net/netdev_lock.h> for kernels without the netdev instance lock.
 *
 * Undoes: "net: add netdev_lock() / netdev_unlock() helpers" (v6.14) and
 * "net: hold netdev instance lock during ndo_open/ndo_stop" (v6.15).
 * Selected by: !HAVE_HEADER_NET_NETDEV_LOCK_H.
 * Without an instance lock the kernel calls every driver op under RTNL
 * alone, so the "ops" lock is RTNL-or-nothing; the full instance lock is
 * rdmabp_netdev_lock() from <linux/netdevice.h> of the compat headers.
 */
#ifndef _RDMABP_NET_NETDEV_LOCK_H
#define _RDMABP_NET_NETDEV_LOCK_H

#include <linux/netdevice.h>
#include <linux/rtnetlink.h>

/* The compat module's per-device mutex (compat/netdev_lock.c), untaken. */
bool rdmabp_netdev_trylock(struct net_device *dev);
#define netdev_trylock rdmabp_netdev_trylock

/* No driver op of such a kernel runs under an instance lock. */
static inline bool netdev_need_ops_lock(const struct net_device *dev)
{
	return false;
}

static inline void netdev_lock_ops(struct net_device *dev)
{
}

static inline void netdev_unlock_ops(struct net_device *dev)
{
}

static inline void netdev_lock_ops_to_full(struct net_device *dev)
{
	netdev_lock(dev);
}

static inline void netdev_unlock_full_to_ops(struct net_device *dev)
{
	netdev_unlock(dev);
}

static inline void netdev_assert_locked_ops_compat(const struct net_device *dev)
{
	ASSERT_RTNL();
}

#endif /* _RDMABP_NET_NETDEV_LOCK_H */
