// SPDX-License-Identifier: GPL-2.0
/*
 * Cross timestamps against a chosen clock: ktime_get_snapshot_id() and
 * system_device_crosststamp::clock_id; present in 7.2.13, absent in
 * 6.12.117.
 */
#include <linux/timekeeping.h>

void rdmabp_probe(struct system_device_crosststamp *cts,
		  struct system_time_snapshot *snap)
{
	ktime_get_snapshot_id(cts->clock_id, snap);
}
