/* SPDX-License-Identifier: GPL-2.0 */
/* <net/ip6_fib.h> with the dst-to-rt6_info helper of newer kernels. */
#ifndef _RDMABP_NET_IP6_FIB_H
#define _RDMABP_NET_IP6_FIB_H

#include_next <net/ip6_fib.h>

#ifndef dst_rt6_info
/*
 * Undoes: "ipv6: introduce dst_rt6_info() helper" (v6.10; carried by
 * Debian's 6.1.0-57, absent in 5.10.0-46; the open-coded
 * (struct rt6_info *) casts of dst entries before it).
 * Selected by: the macro is not defined (a macro is its own probe).
 */
#define dst_rt6_info(_ptr)	container_of(_ptr, struct rt6_info, dst)
#endif /* !dst_rt6_info */

#endif /* _RDMABP_NET_IP6_FIB_H */
