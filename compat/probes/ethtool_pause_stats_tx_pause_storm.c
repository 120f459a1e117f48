// SPDX-License-Identifier: GPL-2.0
/*
 * struct ethtool_pause_stats.tx_pause_storm_events: "net: ethtool: Track
 * pause storm events", v7.1.
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: cc39325f9278, net-next V4 of 2026-03-02 applied (patchwork
 * bot's reply): after v7.0-rc1, so v7.1 (inferred), not 'v7.0 at the
 * earliest' as written here before from V2's date.
 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_pause_stats *s)
{
	s->tx_pause_storm_events = 0;
}
