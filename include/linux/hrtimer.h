/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/hrtimer.h> with the set-up call of newer kernels. */
#ifndef _RDMABP_LINUX_HRTIMER_H
#define _RDMABP_LINUX_HRTIMER_H

#include_next <linux/hrtimer.h>

#ifndef HAVE_HRTIMER_SETUP
/*
 * Undoes: "hrtimers: Introduce hrtimer_setup() to replace hrtimer_init()"
 * (v6.13). Selected by: !HAVE_HRTIMER_SETUP. The two-step set-up it
 * replaced.
 */
static inline void hrtimer_setup(struct hrtimer *timer,
				 enum hrtimer_restart (*function)(struct hrtimer *),
				 clockid_t clock_id, enum hrtimer_mode mode)
{
	hrtimer_init(timer, clock_id, mode);
	timer->function = function;
}
#endif /* !HAVE_HRTIMER_SETUP */

#endif /* _RDMABP_LINUX_HRTIMER_H */
