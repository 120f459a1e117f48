// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.get_coalesce/set_coalesce with struct kernel_ethtool_coalesce
 * and an extack: "ethtool: extend coalesce setting uAPI with CQE mode",
 * v5.15
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: f3ccfda19319 (named in Fixes: tags; its RFC posted 2021-05-26,
 * the applied V3 undated here): v5.14 at the earliest from that date,
 * v5.15 not established.
 */
#include <linux/ethtool.h>

static int rdmabp_get(struct net_device *dev, struct ethtool_coalesce *ec,
		      struct kernel_ethtool_coalesce *kec,
		      struct netlink_ext_ack *extack)
{
	return 0;
}

const struct ethtool_ops rdmabp_probe = {
	.get_coalesce = rdmabp_get,
};
