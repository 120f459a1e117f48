/* SPDX-License-Identifier: GPL-2.0 */
/* <net/netlink.h> with the attribute iterators of newer kernels. */
#ifndef _RDMABP_NET_NETLINK_H
#define _RDMABP_NET_NETLINK_H

#include_next <net/netlink.h>

#ifndef HAVE_NLA_FOR_EACH_NESTED_TYPE
/*
 * Undoes: "netlink: introduce type-checking attribute iteration for
 * nested attributes" (v6.11). Selected by: !HAVE_NLA_FOR_EACH_NESTED_TYPE.
 * The nested iteration, keeping the attributes of one type.
 */
#define nla_for_each_nested_type(pos, type, nla, rem)	\
	nla_for_each_nested(pos, nla, rem)		\
		if (nla_type(pos) == type)
#endif /* !HAVE_NLA_FOR_EACH_NESTED_TYPE */

#endif /* _RDMABP_NET_NETLINK_H */
