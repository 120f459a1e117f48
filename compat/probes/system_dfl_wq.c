// SPDX-License-Identifier: GPL-2.0
/*
 * system_dfl_wq, system_percpu_wq: "workqueue: Add system_percpu_wq and
 * system_dfl_wq", v6.17 (carried by Debian's 6.12.118)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 128ea9f6ccfb; available since 6.17 by a driver's note.
 */
#include <linux/workqueue.h>

struct workqueue_struct *rdmabp_probe(bool percpu)
{
	return percpu ? system_percpu_wq : system_dfl_wq;
}
