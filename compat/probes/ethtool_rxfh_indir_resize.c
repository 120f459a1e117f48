// SPDX-License-Identifier: GPL-2.0
/*
 * RSS indirection table resize helpers of the ethtool core: "ethtool: Add
 * RSS indirection table resize helpers", v7.1 (patch 2 of a series whose v7
 * was posted 2026-03-20, in the v7.0 cycle; the release is inferred from that
 * date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 02bcb20083b2, net-next v7 applied (patchwork bot's reply) after
 * v6 of 2026-03-18: v7.1 consistent.
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct net_device *dev, u32 *tbl)
{
	ethtool_rxfh_indir_resize(dev, tbl, 1, 2);
	ethtool_rxfh_ctxs_resize(dev, 2);
	return ethtool_rxfh_indir_can_resize(dev, tbl, 1, 2) +
	       ethtool_rxfh_ctxs_can_resize(dev, 2);
}
