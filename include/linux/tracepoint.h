/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/tracepoint.h> with the one-argument __assign_str() of newer
 * kernels. No include guard: like the kernel's own, this header is read
 * again on every pass of <trace/define_trace.h> over a trace header.
 */
#include_next <linux/tracepoint.h>

#ifndef HAVE_ASSIGN_STR_ONE_ARG
/*
 * Undoes: "tracing/treewide: Remove second parameter of __assign_str()" (v6.10)
 * and what it stands on, "tracing: Rework __assign_str() and __string() to
 * not duplicate getting the string" (v6.9). Selected by:
 * !HAVE_ASSIGN_STR_ONE_ARG. Why not a patch: the pinned trace headers of
 * core, rdmavt, hfi1 and hns call __assign_str(dst) a dozen times, each
 * with the source named only in the field's __string(dst, src).
 *
 * As upstream does, the event keeps the source pointer that __string()
 * names next to the field's offset and __assign_str() copies from it. The
 * trace machinery includes its stage headers by a path relative to itself,
 * so they cannot be wrapped; but every trace header reads this header on
 * each pass of <trace/define_trace.h> (after <trace/trace_events.h> set up
 * the pass's macros, before the events expand), so the passes are counted
 * here: pass 1 is define_trace.h's own read, passes 2-8 the seven stages
 * of trace_events.h, pass 9 perf.h. A trace header read outside
 * define_trace.h (TRACE_HEADER_MULTI_READ unset) starts the count anew.
 * Pass 3 (stage 2) adds the pointer to the offsets struct, pass 6 (stage
 * 5) stores it, pass 7 (stage 6) on copies from it.
 */
#if defined(TRACE_HEADER_MULTI_READ) && !defined(RDMABP_TP_IN)
/*
 * <trace/trace_events.h> includes <linux/trace_events.h>, which reads
 * this header once more the first time: read it here, uncounted.
 */
#define RDMABP_TP_IN
#include <linux/trace_events.h>
#undef RDMABP_TP_IN
#endif

#ifdef RDMABP_TP_IN
/* A read from within this header: not a pass. */
#elif !defined(TRACE_HEADER_MULTI_READ)
#undef RDMABP_TP_PASS_1
#undef RDMABP_TP_PASS_2
#undef RDMABP_TP_PASS_3
#undef RDMABP_TP_PASS_4
#undef RDMABP_TP_PASS_5
#undef RDMABP_TP_PASS_6
#undef RDMABP_TP_PASS_7
#elif !defined(RDMABP_TP_PASS_1)
#define RDMABP_TP_PASS_1
#elif !defined(RDMABP_TP_PASS_2)
#define RDMABP_TP_PASS_2
#elif !defined(RDMABP_TP_PASS_3)
#define RDMABP_TP_PASS_3
/* Stage 2: the offsets struct gets the source pointer of each string. */
#undef __string
#define __string(item, src) __dynamic_array(char, item, -1)		\
	const char *item##_rdmabp_src_;
#elif !defined(RDMABP_TP_PASS_4)
#define RDMABP_TP_PASS_4
#elif !defined(RDMABP_TP_PASS_5)
#define RDMABP_TP_PASS_5
#elif !defined(RDMABP_TP_PASS_6)
#define RDMABP_TP_PASS_6
/* Stage 5: the length, as the kernel computes it, and the source kept. */
#undef __string
#define __string(item, src) __dynamic_array(char, item,			\
		    strlen((src) ? (const char *)(src) : "(null)") + 1)	\
	__data_offsets->item##_rdmabp_src_ = (const char *)(src);
#elif !defined(RDMABP_TP_PASS_7)
#define RDMABP_TP_PASS_7
/* Stage 6 and perf.h: copy from the source that stage 5 kept. */
#ifndef TP_fast_assign
#error "rdma-backports: the trace passes are miscounted"
#endif
/*
 * The target's own trace headers (the in-tree RDMA users rebuilt from its
 * source, e.g. <trace/events/rpcrdma.h>) still name the source,
 * __assign_str(dst, src): that form copies from it, as the target does.
 */
#undef __assign_str
#define __assign_str(...)						\
	strcpy(__get_str(RDMABP_ASSIGN_DST(__VA_ARGS__)),		\
	       RDMABP_ASSIGN_PICK(__VA_ARGS__, RDMABP_ASSIGN_SRC2,	\
				  RDMABP_ASSIGN_SRC1)(__VA_ARGS__))
#ifndef RDMABP_ASSIGN_PICK
#define RDMABP_ASSIGN_PICK(_1, _2, pick, ...) pick
#define RDMABP_ASSIGN_DST(dst, ...) dst
#define RDMABP_ASSIGN_SRC1(dst)						\
	(__data_offsets.dst##_rdmabp_src_ ?				\
	 __data_offsets.dst##_rdmabp_src_ : "(null)")
#define RDMABP_ASSIGN_SRC2(dst, src)					\
	((src) ? (const char *)(src) : "(null)")
#endif
#endif /* TRACE_HEADER_MULTI_READ passes */
#endif /* !HAVE_ASSIGN_STR_ONE_ARG */
