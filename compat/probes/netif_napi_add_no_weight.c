// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add() without the weight (the core sets NAPI_POLL_WEIGHT):
 * "net: drop the weight argument from netif_napi_add", v6.1
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: b48b89f9c189, posted to net-next on 2022-09-27 and applied there
 * on 2022-09-29 (the patchwork bot's reply), before v6.0 was released
 * (2022-10-02): the v6.1 merge window.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add(dev, n, poll);
}
