// SPDX-License-Identifier: GPL-2.0
/*
 * The sk_data_ready tracepoint: "net: Add sk_data_ready tracepoint" (v6.4)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <net/sock.h>
#include <trace/events/sock.h>

void rdmabp_probe(struct sock *sk)
{
	trace_sk_data_ready(sk);
}
