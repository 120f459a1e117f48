// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_add_weight(): "netdev: reshuffle netif_napi_add() APIs to
 * allow dropping weight", v5.19
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 58caed3dacb4, applied to net-next on 2022-05-04 (patchwork
 * bot's reply; the patch adds netif_napi_add_weight() and the _tx_weight
 * variant), before v5.18 (2022-05-22): v5.19 consistent. The subject
 * written here before, 'net: add netif_napi_add_weight() helper', is not
 * a commit.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev, struct napi_struct *n,
		  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_weight(dev, n, poll, 64);
}
