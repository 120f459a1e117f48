/* SPDX-License-Identifier: GPL-2.0 */
/* <net/netlink.h> with the attribute iterators of newer kernels. */
#ifndef _RDMABP_NET_NETLINK_H
#define _RDMABP_NET_NETLINK_H

#include_next <net/netlink.h>

#ifndef HAVE_NLA_FOR_EACH_NESTED_TYPE
/*
 * Undoes: "netlink: introduce type-checking attribute iteration" (v6.10).
 * Selected by: !HAVE_NLA_FOR_EACH_NESTED_TYPE.
 * The nested iteration, keeping the attributes of one type.
 */
#define nla_for_each_nested_type(pos, type, nla, rem)	\
	nla_for_each_nested(pos, nla, rem)		\
		if (nla_type(pos) == type)
#endif /* !HAVE_NLA_FOR_EACH_NESTED_TYPE */

#ifndef HAVE_NLA_STRSCPY
/*
 * Undoes: "treewide: rename nla_strlcpy to nla_strscpy." (v5.11).
 * Selected by: !HAVE_NLA_STRSCPY. The old call copies the same way; its
 * return value is the source length, turned into upstream's: the copied
 * length, or -E2BIG when the string was cut.
 */
static inline ssize_t nla_strscpy(char *dst, const struct nlattr *nla,
				  size_t dstsize)
{
	size_t srclen;

	if (dstsize == 0)
		return -E2BIG;
	srclen = nla_strlcpy(dst, nla, dstsize);
	return srclen >= dstsize ? -E2BIG : srclen;
}
#endif /* !HAVE_NLA_STRSCPY */

#endif /* _RDMABP_NET_NETLINK_H */
