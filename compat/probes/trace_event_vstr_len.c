// SPDX-License-Identifier: GPL-2.0
/*
 * __vstring() and __assign_vstr() in trace event definitions, and their
 * length helper __trace_event_vstr_len() with TRACE_EVENT_STR_MAX in
 * <linux/trace_events.h>: "tracing/events: Add __vstring() and
 * __assign_vstr() helper macros", v6.0. The macros live in the trace
 * stage headers, which only the trace machinery includes; the helper in
 * <linux/trace_events.h> came with them and stands for them here.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 0563231f93c6, in Steven Rostedt's '[for-next][PATCH 00/23]
 * tracing: Updates for 5.20' of 2022-07-14 (with 'tracing/IB/hfi1: Use
 * the new __vstring() helper'); 5.20 was released as v6.0.
 */
#include <linux/trace_events.h>

int rdmabp_probe(const char *fmt, va_list *va)
{
	return __trace_event_vstr_len(fmt, va) + TRACE_EVENT_STR_MAX;
}
