/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the compat module's netdev_lock (compat/netdev_lock.c) tells its
 * run-time tests: how many devices have a lock entry now.
 */
#ifndef _RDMABP_NETDEV_LOCK_ENTRIES_H
#define _RDMABP_NETDEV_LOCK_ENTRIES_H

#ifndef HAVE_NETDEV_LOCK
unsigned int rdmabp_netdev_lock_entries(void);
#endif /* !HAVE_NETDEV_LOCK */

#endif /* _RDMABP_NETDEV_LOCK_ENTRIES_H */
