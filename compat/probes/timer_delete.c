// SPDX-License-Identifier: GPL-2.0
/*
 * timer_delete(): "timers: Rename del_timer() to timer_delete()", v6.2
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: bb663f0f3c39, described as v6.1-rc1-12-gbb663f0f3c39 by an out-
 * of-tree configure check: v6.2. It was queued for 5.15 stable in 2026
 * ('[PATCH 5.15 14/75]'), not found for 5.10.
 */
#include <linux/timer.h>

int rdmabp_probe(struct timer_list *timer)
{
	return timer_delete(timer);
}
