// SPDX-License-Identifier: GPL-2.0
/*
 * timer_delete(): "timers: Rename del_timer() to timer_delete()", v6.2
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/timer.h>

int rdmabp_probe(struct timer_list *timer)
{
	return timer_delete(timer);
}
