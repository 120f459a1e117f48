/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/socket.h> with the socket address type of newer kernels. */
#ifndef _RDMABP_LINUX_SOCKET_H
#define _RDMABP_LINUX_SOCKET_H

#include_next <linux/socket.h>

#if defined(__KERNEL__) && !defined(HAVE_SOCKADDR_UNSIZED)
/*
 * Undoes: "net: introduce struct sockaddr_unsized for bind() and
 * connect()" (v6.19).
 * Selected by: !HAVE_SOCKADDR_UNSIZED. The proto_ops of such a kernel
 * take a plain struct sockaddr, which the new type only renames.
 */
#define sockaddr_unsized sockaddr
#endif /* !HAVE_SOCKADDR_UNSIZED */

#endif /* _RDMABP_LINUX_SOCKET_H */
