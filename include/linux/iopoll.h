/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/iopoll.h> with the generic polling loops of newer kernels. */
#ifndef _RDMABP_LINUX_IOPOLL_H
#define _RDMABP_LINUX_IOPOLL_H

#include_next <linux/iopoll.h>

#ifndef HAVE_POLL_TIMEOUT_US
/*
 * Undoes: "iopoll: Generalize read_poll_timeout() into poll_timeout_us()"
 * (v6.18). Selected by: !HAVE_POLL_TIMEOUT_US.
 * Runs the statement @op until @cond holds, sleeping @sleep_us between
 * tries, for at most @timeout_us (0: forever); 0 or -ETIMEDOUT. @op and
 * @cond are evaluated once more after the deadline, so a late success
 * still counts.
 */
#define poll_timeout_us(op, cond, sleep_us, timeout_us, sleep_before_op) \
({									\
	u64 __rdmabp_tmo = (timeout_us);				\
	unsigned long __rdmabp_sleep = (sleep_us);			\
	ktime_t __rdmabp_end = ktime_add_us(ktime_get(), __rdmabp_tmo);	\
	bool __rdmabp_late;						\
	int __rdmabp_ret;						\
	might_sleep_if(__rdmabp_sleep != 0);				\
	if ((sleep_before_op) && __rdmabp_sleep)			\
		usleep_range((__rdmabp_sleep >> 2) + 1, __rdmabp_sleep); \
	for (;;) {							\
		__rdmabp_late = __rdmabp_tmo &&				\
			ktime_after(ktime_get(), __rdmabp_end);		\
		barrier();						\
		op;							\
		if (cond) {						\
			__rdmabp_ret = 0;				\
			break;						\
		}							\
		if (__rdmabp_late) {					\
			__rdmabp_ret = -ETIMEDOUT;			\
			break;						\
		}							\
		if (__rdmabp_sleep)					\
			usleep_range((__rdmabp_sleep >> 2) + 1,		\
				     __rdmabp_sleep);			\
		cpu_relax();						\
	}								\
	__rdmabp_ret;							\
})
#endif /* !HAVE_POLL_TIMEOUT_US */

#endif /* _RDMABP_LINUX_IOPOLL_H */
