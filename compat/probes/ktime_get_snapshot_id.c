// SPDX-License-Identifier: GPL-2.0
/*
 * Cross timestamps against a chosen clock: ktime_get_snapshot_id() and
 * system_device_crosststamp::clock_id. "timekeeping: Provide
 * ktime_get_snapshot_id()", v7.2 (patch 1 of a 25-patch timekeeping series,
 * V2 posted 2026-05-29 in the v7.1 cycle; the release is inferred from that
 * date; the clock_id member's own patch of the series is not identified).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: patch 01/24 of tglx's series posted 2026-05-26, in tip and then
 * linux-next (eba302268a01 in its logs); with 7.2.13 having it, v7.2
 * (inferred from that date).
 */
#include <linux/timekeeping.h>

void rdmabp_probe(struct system_device_crosststamp *cts,
		  struct system_time_snapshot *snap)
{
	ktime_get_snapshot_id(cts->clock_id, snap);
}
