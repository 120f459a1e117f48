// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.get_coalesce/set_coalesce with struct kernel_ethtool_coalesce
 * and an extack: "ethtool: extend coalesce setting uAPI with CQE mode",
 * v5.15
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
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
