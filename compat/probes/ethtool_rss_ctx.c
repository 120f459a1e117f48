// SPDX-License-Identifier: GPL-2.0
/*
 * The ethtool core keeps a device's custom RSS contexts
 * (dev->ethtool->rss_ctx, ethtool_ops::rxfh_indir_space): "net: ethtool:
 * attach an XArray of custom RSS contexts to a netdevice", v6.11.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 6ad2962f8adf, net-next v8 of 2024-06-27.
 */
#include <linux/ethtool.h>
#include <linux/netdevice.h>

u32 rdmabp_probe(struct net_device *dev)
{
	struct ethtool_rxfh_context *ctx = xa_load(&dev->ethtool->rss_ctx, 1);

	return dev->ethtool_ops->rxfh_indir_space + (ctx ? ctx->indir_size : 0);
}
