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

#endif /* _RDMABP_NET_ROUTE_H */
