// SPDX-License-Identifier: GPL-2.0
/*
 * ethtool_ops.op_needs_rtnl (the ethtool core calls an ops-locked driver's
 * ethtool ops without RTNL unless the driver asks) with its GLINK bit:
 * "net: ethtool: optionally skip rtnl_lock on IOCTL path" and the rest of
 * the 'net-ethtool-let-ops-locked-drivers-run-without-rtnl_lock' series,
 * v7.2, then "net: ethtool: keep rtnl_lock for ops using
 * ethtool_op_get_link()" (ETHTOOL_OP_NEEDS_RTNL_GLINK, a fix in v7.2-rc).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe;
 * 7.2.13's <linux/ethtool.h> has the GLINK bit).
 * Checked: f994752b1127 in net-next's log pushed 2026-06-11 (a kernel.org
 * push notice of the mptcp tree's export branch); 1105ef941c1a, posted
 * 2026-06-24 as [PATCH net] with Fixes: 45079e00133e (the series' GET ops
 * patch), so the series was in mainline by then: v7.2, inferred from those
 * dates with 7.2.13 having both.
 */
#include <linux/ethtool.h>

int rdmabp_probe(struct ethtool_ops *ops)
{
	ops->op_needs_rtnl = ETHTOOL_OP_NEEDS_RTNL_GLINK;
	return 0;
}
