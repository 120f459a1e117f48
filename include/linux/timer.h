/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/timer.h> with the timer helper names of newer kernels. */
#ifndef _RDMABP_LINUX_TIMER_H
#define _RDMABP_LINUX_TIMER_H

#include_next <linux/timer.h>

#ifndef timer_container_of
/*
 * Undoes: "timers: Rename from_timer() to timer_container_of()" (v6.16).
 * Selected by: the macro is not defined (a macro is its own probe).
 */
#define timer_container_of(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, typeof(*var), timer_fieldname)
#endif /* !timer_container_of */

#ifndef HAVE_TIMER_DELETE
/*
 * Undoes: "timers: Rename del_timer() to timer_delete()" (v6.2).
 * Selected by: !HAVE_TIMER_DELETE. The same function under its old name.
 */
static inline int timer_delete(struct timer_list *timer)
{
	return del_timer(timer);
}
#endif /* !HAVE_TIMER_DELETE */

#endif /* _RDMABP_LINUX_TIMER_H */
