// SPDX-License-Identifier: GPL-2.0
/* ethtool_ops.op_needs_rtnl (ethtool ops run without RTNL unless asked): absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

int rdmabp_probe(struct ethtool_ops *ops)
{
	ops->op_needs_rtnl = ETHTOOL_OP_NEEDS_RTNL_GLINK;
	return 0;
}
