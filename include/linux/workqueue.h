/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/workqueue.h> with the workqueue names and flags of newer kernels. */
#ifndef _RDMABP_LINUX_WORKQUEUE_H
#define _RDMABP_LINUX_WORKQUEUE_H

#include_next <linux/workqueue.h>

#ifndef HAVE_WQ_PERCPU
/*
 * Undoes: "workqueue: Add new WQ_PERCPU flag" (v6.17).
 * Selected by: !HAVE_WQ_PERCPU. On such a kernel every workqueue without
 * WQ_UNBOUND is per-CPU already: the flag asks for what it does anyway.
 */
#define WQ_PERCPU	0
#endif /* !HAVE_WQ_PERCPU */

#ifndef HAVE_SYSTEM_DFL_WQ
/*
 * Undoes: "workqueue: Add system_percpu_wq and system_dfl_wq" (v6.17).
 * Selected by: !HAVE_SYSTEM_DFL_WQ. The new names of the same two system
 * workqueues: the unbound one and the per-CPU one.
 */
#define system_dfl_wq		system_unbound_wq
#define system_percpu_wq	system_wq
#endif /* !HAVE_SYSTEM_DFL_WQ */

#endif /* _RDMABP_LINUX_WORKQUEUE_H */
