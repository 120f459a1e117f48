/* SPDX-License-Identifier: GPL-2.0 */
/* <net/route.h> with the dst-to-rtable helper of newer kernels. */
#ifndef _RDMABP_NET_ROUTE_H
#define _RDMABP_NET_ROUTE_H

#include_next <net/route.h>

#ifndef dst_rtable
/*
 * Undoes: "net: add dst_rtable() helper" (v6.11; the open-coded
 * (struct rtable *) casts of dst entries before it).
 * Selected by: the macro is not defined (a macro is its own probe).
 */
#define dst_rtable(_ptr)	container_of(_ptr, struct rtable, dst)
#endif /* !dst_rtable */

#ifndef HAVE_IP_ROUTE_OUTPUT_SCOPE
/*
 * Undoes: "ipv4: Set scope explicitly in ip_route_output()." (v6.10).
 * Selected by: !HAVE_IP_ROUTE_OUTPUT_SCOPE.
 * Such a kernel's ip_route_output() leaves the flow's scope at 0
 * (RT_SCOPE_UNIVERSE); this one sets the caller's, as the newer kernel
 * does, through the same ip_route_output_key(). A macro: most objects
 * include this header and none but the callers need to see it.
 */
#define ip_route_output(_net, _daddr, _saddr, _tos, _oif, _scope)	\
	ip_route_output_key(_net, &(struct flowi4){			\
		.flowi4_oif = (_oif),					\
		.flowi4_tos = (_tos),					\
		.flowi4_scope = (_scope),				\
		.daddr = (_daddr),					\
		.saddr = (_saddr),					\
	})
#endif /* !HAVE_IP_ROUTE_OUTPUT_SCOPE */

#endif /* _RDMABP_NET_ROUTE_H */
