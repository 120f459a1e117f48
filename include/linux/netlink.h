/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/netlink.h> with the formatted extack messages of newer kernels. */
#ifndef _RDMABP_LINUX_NETLINK_H
#define _RDMABP_LINUX_NETLINK_H

#include_next <linux/netlink.h>

#ifndef HAVE_NL_SET_ERR_MSG_FMT
/*
 * Undoes: "netlink: add support for formatted extack messages" (v6.2).
 * Selected by: !HAVE_NL_SET_ERR_MSG_FMT.
 * Such a kernel's extack carries a pointer to a message that must outlive
 * the request, with no buffer to format into: the formatted message goes
 * to the kernel log (rate limited), and the extack says where to find it.
 */
#define NL_SET_ERR_MSG_FMT(extack, fmt, args...) do {			\
	pr_info_ratelimited(fmt "\n", ##args);				\
	NL_SET_ERR_MSG((extack), "details in the kernel log");		\
} while (0)

#define NL_SET_ERR_MSG_FMT_MOD(extack, fmt, args...)			\
	NL_SET_ERR_MSG_FMT((extack), KBUILD_MODNAME ": " fmt, ##args)
#endif /* !HAVE_NL_SET_ERR_MSG_FMT */

#endif /* _RDMABP_LINUX_NETLINK_H */
