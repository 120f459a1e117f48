// SPDX-License-Identifier: GPL-2.0
/*
 * devlink rate objects (struct devlink_rate, the rate_* devlink_ops):
 * "devlink: Introduce rate object", v5.14.
 * Checked: 4677efc486e1, net-next v3 06/18 of Dmytro Linkin's series
 * (posted 2021-06-02), in net-next's push log of that month, before
 * v5.13 (2021-06-27): v5.14, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

u64 rdmabp_probe(const struct devlink_ops *ops, struct devlink_rate *rate)
{
	return ops->rate_leaf_tx_share_set ? rate->tx_share : 0;
}
