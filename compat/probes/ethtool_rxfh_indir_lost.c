// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_rxfh_indir_lost(): "ethtool: Track user-provided RSS indirection
 * table size", v7.1 (patch 1 of the resize helpers series, v7 posted
 * 2026-03-20 in the v7.0 cycle, where ethtool_rxfh_indir_clear() was renamed
 * to this; the release is inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 0475f9e779b4, net-next v7 applied (patchwork bot's reply) after
 * v6 of 2026-03-18: v7.1 consistent.
 */
#include <linux/ethtool.h>

void rdmabp_probe(struct net_device *dev)
{
	ethtool_rxfh_indir_lost(dev);
}
