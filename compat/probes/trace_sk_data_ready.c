// SPDX-License-Identifier: GPL-2.0
/*
 * The sk_data_ready tracepoint: "net/sock: Introduce trace_sk_data_ready()"
 * (v6.4; the subject written here before, net: Add sk_data_ready
 * tracepoint, matches no patch found).
 * Checked: 40e0b0908142, named recently introduced in a 2023 review; the
 * release was not re-established (its bracket holds).
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <net/sock.h>
#include <trace/events/sock.h>

void rdmabp_probe(struct sock *sk)
{
	trace_sk_data_ready(sk);
}
