// SPDX-License-Identifier: GPL-2.0
/*
 * rtnl_link_ops.newlink(dev, params, extack): "rtnetlink: Pack newlink() params into struct", v6.15
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 69c7be1b903f, net-next v10 of 2025-02-19.
 */
#include <net/rtnetlink.h>

struct net *rdmabp_probe(struct rtnl_newlink_params *p)
{
	return rtnl_newlink_link_net(p);
}
