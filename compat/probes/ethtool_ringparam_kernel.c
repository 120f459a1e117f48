// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.get_ringparam/set_ringparam with struct
 * kernel_ethtool_ringparam and an extack: "ethtool: extend ringparam
 * setting/getting API with rx_buf_len", v5.17.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 7462494408cd, quoted with this subject in a driver's pull
 * request titled 'Import changes from linux 5.17' (2022-04); the release
 * is read from there.
 */
#include <linux/ethtool.h>

static void rdmabp_get(struct net_device *dev, struct ethtool_ringparam *rp,
		       struct kernel_ethtool_ringparam *krp,
		       struct netlink_ext_ack *extack)
{
}

const struct ethtool_ops rdmabp_probe = {
	.get_ringparam = rdmabp_get,
};
