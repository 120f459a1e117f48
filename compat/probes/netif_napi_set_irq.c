// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_set_irq(): "netdev-genl: Add netlink framework functions for
 * napi" (v6.8); absent in 6.1.192, present in 6.12.117.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *napi)
{
	netif_napi_set_irq(napi, 0);
}
