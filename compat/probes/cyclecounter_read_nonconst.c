// SPDX-License-Identifier: GPL-2.0
/*
 * cyclecounter::read takes a non-const counter (6.12.117 passes a const
 * one): "time/timecounter: Fix the lie that struct cyclecounter is const",
 * v6.17 (merged into tip timers/cleanups on 2025-07-01, in the v6.16 cycle;
 * the release is inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: e78f70bad29c, committed to tip timers/cleanups on 2025-07-01
 * (after v6.16-rc4) and listed in that branch's pull: v6.17 consistent.
 */
#include <linux/compiler.h>
#include <linux/timecounter.h>

static u64 rdmabp_read(struct cyclecounter *cc)
{
	return 0;
}

void rdmabp_probe(struct cyclecounter *cc)
{
	cc->read = rdmabp_read;
}
