/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/filter.h> with the XDP action warning of newer kernels. */
#ifndef _RDMABP_LINUX_FILTER_H
#define _RDMABP_LINUX_FILTER_H

#include_next <linux/filter.h>

#ifndef HAVE_BPF_WARN_INVALID_XDP_ACTION_DEV
/*
 * Undoes: "bpf: Do not WARN in bpf_warn_invalid_xdp_action()" (v5.17),
 * which gave the warning the device and the program. Selected by:
 * !HAVE_BPF_WARN_INVALID_XDP_ACTION_DEV. Such a kernel's warning names the
 * action only (a WARN_ONCE there): the two are dropped.
 */
#define bpf_warn_invalid_xdp_action(dev, prog, act)	\
	((bpf_warn_invalid_xdp_action)(act))
#endif /* !HAVE_BPF_WARN_INVALID_XDP_ACTION_DEV */

#endif /* _RDMABP_LINUX_FILTER_H */
