// SPDX-License-Identifier: GPL-2.0
/*
 * The target's bnxt_en calls the ULP ops table of 7.2: ulp_async_notifier
 * first, then ulp_irq_stop(handle, reset), ulp_irq_restart, published in
 * <linux/bnxt/ulp.h>. Kernels whose bnxt_ulp.h is private to bnxt_en
 * (v6.12 and older) call a table of their own layout, which no headers
 * package describes: this fact is absent for them.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/bnxt/ulp.h>

static void rdmabp_probe_notifier(void *handle,
				  struct hwrm_async_event_cmpl *cmpl)
{
}

static void rdmabp_probe_irq_stop(void *handle, bool reset)
{
}

struct bnxt_ulp_ops rdmabp_probe_ops = {
	.ulp_async_notifier = rdmabp_probe_notifier,
	.ulp_irq_stop = rdmabp_probe_irq_stop,
};
