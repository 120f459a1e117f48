/* SPDX-License-Identifier: GPL-2.0 */
/* <net/net_namespace.h> with the ns_common conversions of newer kernels. */
#ifndef _RDMABP_NET_NET_NAMESPACE_H
#define _RDMABP_NET_NET_NAMESPACE_H

#include_next <net/net_namespace.h>

#ifndef HAVE_TO_NET_NS
/*
 * Undoes: "ns: use ns_common in kobject namespaces" (v6.19), after which
 * kobj_ns_grab_current() returns a struct ns_common *.
 * Selected by: !HAVE_TO_NET_NS. On such a kernel the grabbed network
 * namespace is the struct net itself.
 */
static inline struct net *to_net_ns(void *ns)
{
	return ns;
}
#endif /* !HAVE_TO_NET_NS */

#endif /* _RDMABP_NET_NET_NAMESPACE_H */
