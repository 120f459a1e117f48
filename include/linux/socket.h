/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/socket.h> with the socket address type of newer kernels. */
#ifndef _RDMABP_LINUX_SOCKET_H
#define _RDMABP_LINUX_SOCKET_H

#include_next <linux/socket.h>

#if defined(__KERNEL__) && !defined(HAVE_SOCKADDR_UNSIZED)
/*
 * Undoes: "net: Add struct sockaddr_unsized for sockaddr
 * of unknown length" (v6.19).
 * Selected by: !HAVE_SOCKADDR_UNSIZED. The proto_ops of such a kernel
 * take a plain struct sockaddr, which the new type only renames.
 */
#define sockaddr_unsized sockaddr
#endif /* !HAVE_SOCKADDR_UNSIZED */

#ifndef MSG_SPLICE_PAGES
/*
 * Undoes: "net: Declare MSG_SPLICE_PAGES internal sendmsg() flag" (v6.5;
 * carried by Debian's 6.1.0-57, absent in 5.10.0-46). Selected by: the
 * macro is not defined (a macro is its own probe). Such a kernel's
 * sendmsg() cannot take the pages of the iterator by reference: asking
 * for nothing, it copies them, which is what upstream falls back to for
 * pages it cannot splice (siw's zero-copy transmit becomes a copy).
 */
#define MSG_SPLICE_PAGES	0
#endif /* !MSG_SPLICE_PAGES */

#endif /* _RDMABP_LINUX_SOCKET_H */
