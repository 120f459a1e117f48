// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops::get_rxfh_fields()/set_rxfh_fields() (RX flow hash fields,
 * before asked through get_rxnfc()/set_rxnfc() with ETHTOOL_GRXFH/SRXFH):
 * "net: ethtool: add dedicated callbacks for getting and setting rxfh
 * fields", v6.17 (written v6.16 here before); absent in 6.1.0-57 (6.1.x),
 * present in Debian's 6.12.118.
 * Checked: 9bb00786fc61; '[GIT PULL] Networking for v6.17' lists 'Add
 * dedicated ethtool callbacks for getting and setting hashing fields'.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct net_device *dev, const struct ethtool_ops *ops)
{
	struct ethtool_rxfh_fields fields = { .rss_context = 0 };

	return ops->get_rxfh_fields(dev, &fields) +
	       ops->set_rxfh_fields(dev, &fields, NULL) + ops->rxfh_per_ctx_fields;
}
