// SPDX-License-Identifier: GPL-2.0
/*
 * kthread_run_on_cpu(): "kthread: add the helper function
 * kthread_run_on_cpu()", v5.16 (absent in Debian's 5.10.0-46, present in
 * its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: v3 posted 2021-10-22 through -mm; release not read in a pull
 * request.
 */
#include <linux/kthread.h>

struct task_struct *rdmabp_probe(int (*fn)(void *data))
{
	return kthread_run_on_cpu(fn, NULL, 0, "rdmabp/%u");
}
