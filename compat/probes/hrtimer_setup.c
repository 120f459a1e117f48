// SPDX-License-Identifier: GPL-2.0
/*
 * hrtimer_setup(): "hrtimers: Introduce hrtimer_setup() to replace hrtimer_init()", v6.13
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 908a1d775422, described as v6.13-908a1d775422 by an out-of-tree
 * build check.
 */
#include <linux/hrtimer.h>

static enum hrtimer_restart rdmabp_probe_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

void rdmabp_probe(struct hrtimer *t)
{
	hrtimer_setup(t, rdmabp_probe_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
}
