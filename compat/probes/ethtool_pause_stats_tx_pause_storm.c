// SPDX-License-Identifier: GPL-2.0
/*
 * struct ethtool_pause_stats.tx_pause_storm_events: "net: ethtool: Track
 * pause storm events", v7.0 at the earliest (V2 posted 2026-02-06, two days
 * before v6.19 was released; v7.1 if it was applied after: which of the two
 * is not established here).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_pause_stats *s)
{
	s->tx_pause_storm_events = 0;
}
