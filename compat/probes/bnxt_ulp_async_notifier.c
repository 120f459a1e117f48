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
 * v7.1.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 184fe6f2382b, rdma-next v2 resend of 2025-01-07 and in the RDMA
 * pull's shortlog (v6.14 consistent); 7be18a1fa00e, v6 posted 2026-03-14
 * and listed in the 'fwctl 7.1 merge window pull request' (the release
 * written here before, v7.0 at the earliest, corrected).
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
