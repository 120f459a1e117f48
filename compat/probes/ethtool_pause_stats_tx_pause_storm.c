// SPDX-License-Identifier: GPL-2.0
/* struct ethtool_pause_stats.tx_pause_storm_events: absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_pause_stats *s)
{
	s->tx_pause_storm_events = 0;
}
