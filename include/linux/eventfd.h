/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/eventfd.h> with the eventfd calls of newer kernels. */
#ifndef _RDMABP_LINUX_EVENTFD_H
#define _RDMABP_LINUX_EVENTFD_H

#include_next <linux/eventfd.h>

#ifndef HAVE_EVENTFD_SIGNAL_ONE_ARG
/*
 * Undoes: "eventfd: simplify eventfd_signal()" (v6.8).
 * Selected by: !HAVE_EVENTFD_SIGNAL_ONE_ARG.
 * Such a kernel's eventfd_signal() takes the count to add, which every
 * caller gave as 1 before the newer kernel dropped it.
 */
#define eventfd_signal(ctx) eventfd_signal(ctx, 1)
#endif /* !HAVE_EVENTFD_SIGNAL_ONE_ARG */

#endif /* _RDMABP_LINUX_EVENTFD_H */
