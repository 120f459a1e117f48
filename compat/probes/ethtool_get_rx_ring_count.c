// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.get_rx_ring_count (replaces get_rxnfc ETHTOOL_GRXRINGS):
 * "net: ethtool: add get_rx_ring_count callback to optimize RX ring queries",
 * v6.18 (v4 posted 2025-09-17, in the v6.17 cycle; the release is inferred from
 * that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_ops *ops)
{
	ops->get_rx_ring_count = NULL;
}
