/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/kthread.h> with the thread helpers of newer kernels. */
#ifndef _RDMABP_LINUX_KTHREAD_H
#define _RDMABP_LINUX_KTHREAD_H

#include_next <linux/kthread.h>

#ifndef HAVE_KTHREAD_RUN_ON_CPU
/*
 * Undoes: "kthread: add the helper function kthread_run_on_cpu()" (v5.16).
 * Selected by: !HAVE_KTHREAD_RUN_ON_CPU. Create the thread on @cpu's node,
 * bind it to @cpu and wake it, as upstream does, through
 * kthread_create_on_node() and kthread_bind(): 5.10 has
 * kthread_create_on_cpu() but does not export it.
 */
static inline struct task_struct *
kthread_run_on_cpu(int (*threadfn)(void *data), void *data,
		   unsigned int cpu, const char *namefmt)
{
	struct task_struct *p;

	p = kthread_create_on_node(threadfn, data, cpu_to_node(cpu), namefmt,
				   cpu);
	if (!IS_ERR(p)) {
		kthread_bind(p, cpu);
		wake_up_process(p);
	}

	return p;
}
#endif /* !HAVE_KTHREAD_RUN_ON_CPU */

#endif /* _RDMABP_LINUX_KTHREAD_H */
