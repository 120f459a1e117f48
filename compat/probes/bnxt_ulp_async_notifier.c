// SPDX-License-Identifier: GPL-2.0
/*
 * The target's bnxt_en calls the ULP ops table of 7.2: ulp_async_notifier
 * first, then ulp_irq_stop(handle, reset), ulp_irq_restart, published in
 * <linux/bnxt/ulp.h>. Kernels whose bnxt_ulp.h is private to bnxt_en
 * (v6.12 and older) call a table of their own layout, which no headers
 * package describes: this fact is absent for them.
 * The fact needs three changes: "bnxt_en: Add ULP call to notify async
 * events", v6.14 (posted 2025-01-06 for rdma-next); the ulp_irq_stop reset
 * flag (its change not identified here); and the header's move out of
 * bnxt_en, "fwctl/bnxt_en: Move common definitions to include/linux/bnxt/",
 * v7.0 at the earliest (v3 posted 2026-01-29, in the v6.19 cycle; v7.1 if it
 * was applied after v6.19 was released).
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
