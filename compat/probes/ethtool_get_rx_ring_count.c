// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.get_rx_ring_count (replaces get_rxnfc ETHTOOL_GRXRINGS):
 * "net: ethtool: add get_rx_ring_count callback to optimize RX ring queries",
 * v6.18 (v4 posted 2025-09-17; the FEC histogram series of 2025-09-22 is
 * based on the ethtool.h it produced, so it was in net-next before v6.17 was
 * released on 2025-09-28).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 84eaf4359c36, net-next v4 applied (patchwork bot's reply), in
 * the same net-next push log as 6bdcb735fec6 of September 2025: v6.18
 * consistent.
 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_ops *ops)
{
	ops->get_rx_ring_count = NULL;
}
