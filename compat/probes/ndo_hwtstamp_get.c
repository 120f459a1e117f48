// SPDX-License-Identifier: GPL-2.0
/*
 * net_device_ops::ndo_hwtstamp_get/ndo_hwtstamp_set and struct
 * kernel_hwtstamp_config: "net: add NDOs for configuring hardware
 * timestamping" (v6.6); before, drivers answered SIOCGHWTSTAMP and
 * SIOCSHWTSTAMP in ndo_eth_ioctl. Absent in 6.1.192, present in 6.12.117.
 * Checked: 66f7223039c0, net-next v9 of 2023-08-01.
 */
#include <linux/netdevice.h>
#include <linux/net_tstamp.h>

static int rdmabp_get(struct net_device *dev,
		      struct kernel_hwtstamp_config *cfg)
{
	return cfg->tx_type + cfg->rx_filter;
}

void rdmabp_probe(struct net_device_ops *ops)
{
	ops->ndo_hwtstamp_get = rdmabp_get;
}
