// SPDX-License-Identifier: GPL-2.0
/*
 * struct system_counterval_t names its clocksource by id and may carry
 * nanoseconds (cs_id, use_nsecs, CSID_X86_ART): "timekeeping: Provide
 * infrastructure for converting to/from a base clock" and "x86/tsc:
 * Provide ART base clock information for TSC" (v6.11); absent in 6.1.0-57
 * (6.1.x), present in 6.12.118.
 * Checked: 6b2e29977518 and 3a52886c8f97, tip timers of June 2024.
 */
#include <linux/timekeeping.h>
#include <linux/clocksource_ids.h>

struct system_counterval_t rdmabp_probe(u64 ns)
{
	return (struct system_counterval_t) {
		.cycles = ns,
		.cs_id = CSID_X86_ART,
		.use_nsecs = true,
	};
}
