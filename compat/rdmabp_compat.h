/* SPDX-License-Identifier: GPL-2.0 */
/* Set-up and tear-down of the compat module's parts. */
#ifndef _RDMABP_COMPAT_H
#define _RDMABP_COMPAT_H

#ifndef HAVE_NETDEV_LOCK
int rdmabp_netdev_lock_init(void);
void rdmabp_netdev_lock_exit(void);
/* For the run-time tests (compat/tests/rdmabp_netdev_lock_entries.h). */
unsigned int rdmabp_netdev_lock_entries(void);
#else
static inline int rdmabp_netdev_lock_init(void) { return 0; }
static inline void rdmabp_netdev_lock_exit(void) { }
#endif /* !HAVE_NETDEV_LOCK */

#ifndef HAVE_AUXILIARY_BUS
int rdmabp_auxiliary_bus_init(void);
void rdmabp_auxiliary_bus_exit(void);
#else
static inline int rdmabp_auxiliary_bus_init(void) { return 0; }
static inline void rdmabp_auxiliary_bus_exit(void) { }
#endif /* !HAVE_AUXILIARY_BUS */

#endif /* _RDMABP_COMPAT_H */
