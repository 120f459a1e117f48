// SPDX-License-Identifier: GPL-2.0
/*
 * WQ_PERCPU: "workqueue: Add new WQ_PERCPU flag", v6.17 (carried by Debian's 6.12.118)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 930c2ea566af, named with system_dfl_wq's in the workqueue
 * conversions.
 */
#include <linux/workqueue.h>

unsigned int rdmabp_probe(void)
{
	return WQ_PERCPU;
}
