/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <trace/events/sock.h> with the tracepoints of newer kernels that siw
 * calls. The RDMA modules only call these tracepoints, never define them
 * (no CREATE_TRACE_POINTS), so this wrapper is read once.
 */
#include_next <trace/events/sock.h>

#ifndef _RDMABP_TRACE_EVENTS_SOCK_H
#define _RDMABP_TRACE_EVENTS_SOCK_H

#ifndef HAVE_TRACE_SK_DATA_READY
/*
 * Undoes: "net/sock: Introduce trace_sk_data_ready()" (v6.4).
 * Selected by: !HAVE_TRACE_SK_DATA_READY. Such a kernel has no such
 * tracepoint: there is nothing to emit.
 */
struct sock;

static inline void trace_sk_data_ready(const struct sock *sk)
{
}
#endif /* !HAVE_TRACE_SK_DATA_READY */

#endif /* _RDMABP_TRACE_EVENTS_SOCK_H */
