// SPDX-License-Identifier: GPL-2.0
/*
 * struct sock in the UDP tunnel calls: "udp_tunnel: use struct sock in setup_udp_tunnel_sock() and udp_tunnel_sock_release()", v7.0
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); the release is the one written before, within its Debian
 * bracket.
 */
#include <net/udp_tunnel.h>

void rdmabp_probe(struct sock *sk)
{
	udp_tunnel_sock_release(sk);
}
