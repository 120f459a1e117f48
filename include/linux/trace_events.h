/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/trace_events.h> with the trace helpers of newer kernels. */
#ifndef _RDMABP_LINUX_TRACE_EVENTS_H
#define _RDMABP_LINUX_TRACE_EVENTS_H

#include_next <linux/trace_events.h>

#ifndef HAVE_TRACE_EVENT_VSTR_LEN
#include <linux/kernel.h>

/*
 * Undoes: "tracing/events: Add __vstring() and __assign_vstr() helper
 * macros" (v6.0). Selected by: !HAVE_TRACE_EVENT_VSTR_LEN.
 * Why here: upstream defines __vstring() in each trace stage header, which
 * the trace machinery includes by a relative path (no wrapper can reach
 * them); <trace/trace_events.h> includes this header before the stages,
 * and a stage passes on the length argument of __dynamic_array() only
 * where it computes the event's size (stage 5, in the function that has
 * the event's arguments): one definition serves every stage. The string is
 * formatted into the event by __assign_vstr(), in the stages that fill it.
 */
#ifndef TRACE_EVENT_STR_MAX
#define TRACE_EVENT_STR_MAX	512
#endif

#define __trace_event_vstr_len(fmt, va)			\
({							\
	va_list __ap;					\
	int __ret;					\
							\
	va_copy(__ap, *(va));				\
	__ret = vsnprintf(NULL, 0, fmt, __ap) + 1;	\
	va_end(__ap);					\
							\
	min(__ret, TRACE_EVENT_STR_MAX);		\
})

#define __vstring(item, fmt, ap)					\
	__dynamic_array(char, item, __trace_event_vstr_len(fmt, ap))

#define __assign_vstr(dst, fmt, va)					\
	do {								\
		va_list __cp_va;					\
		va_copy(__cp_va, *(va));				\
		vsnprintf(__get_str(dst), TRACE_EVENT_STR_MAX, fmt,	\
			  __cp_va);					\
		va_end(__cp_va);					\
	} while (0)
#endif /* !HAVE_TRACE_EVENT_VSTR_LEN */

#endif /* _RDMABP_LINUX_TRACE_EVENTS_H */
