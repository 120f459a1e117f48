// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_eth_phy_stats/get_eth_mac_stats/get_eth_ctrl_stats (the
 * IEEE 802.3 standard statistics groups): "ethtool: add a new command for
 * reading standard stats", v5.13, with the MAC and MAC Ctrl groups of the
 * same merge ('ethtool-stats').
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: f09ea6fb1272, ca2244547ec7 and bfad2b979ddc in the linux-next
 * push log of 2021-04-29 (net-next, after v5.12 of 2021-04-25): v5.13,
 * inferred from that date.
 */
#include <linux/ethtool.h>

void rdmabp_probe(const struct ethtool_ops *ops,
		  struct ethtool_eth_phy_stats *phy,
		  struct ethtool_eth_mac_stats *mac,
		  struct ethtool_eth_ctrl_stats *ctrl)
{
	ops->get_eth_phy_stats(NULL, phy);
	ops->get_eth_mac_stats(NULL, mac);
	ops->get_eth_ctrl_stats(NULL, ctrl);
}
