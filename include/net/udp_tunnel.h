/* SPDX-License-Identifier: GPL-2.0 */
/* <net/udp_tunnel.h> with the struct sock based calls of newer kernels. */
#ifndef _RDMABP_NET_UDP_TUNNEL_H
#define _RDMABP_NET_UDP_TUNNEL_H

#include_next <net/udp_tunnel.h>

#ifndef HAVE_UDP_TUNNEL_SOCK_SK
/*
 * Undoes: "udp_tunnel: use struct sock in setup_udp_tunnel_sock() and
 * udp_tunnel_sock_release()" (v7.0).
 * Selected by: !HAVE_UDP_TUNNEL_SOCK_SK. The kernel socket of a tunnel
 * sock is sk->sk_socket, which the old calls take.
 */
static inline void rdmabp_setup_udp_tunnel_sock(struct net *net,
						struct sock *sk,
						struct udp_tunnel_sock_cfg *cfg)
{
	setup_udp_tunnel_sock(net, sk->sk_socket, cfg);
}
#define setup_udp_tunnel_sock rdmabp_setup_udp_tunnel_sock

static inline void rdmabp_udp_tunnel_sock_release(struct sock *sk)
{
	udp_tunnel_sock_release(sk->sk_socket);
}
#define udp_tunnel_sock_release rdmabp_udp_tunnel_sock_release
#endif /* !HAVE_UDP_TUNNEL_SOCK_SK */

#endif /* _RDMABP_NET_UDP_TUNNEL_H */
