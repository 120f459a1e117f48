// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_set_irq(): "net: Add NAPI IRQ support" (v6.8; the subject
 * written here before, netdev-genl: Add netlink framework functions for
 * napi, is the series' netlink patch, not the one that added this helper);
 * absent in 6.1.192, present in 6.12.117.
 * Checked: 26793bfb5d60, net-next v9 of 2023-11-27.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *napi)
{
	netif_napi_set_irq(napi, 0);
}
