// SPDX-License-Identifier: GPL-2.0
/*
 * netif_carrier_event(): "mlx5: count all link events", v5.14 (Jakub
 * Kicinski's patch adds the helper to the net core with its first user).
 * Checked: net-next 01/10 of Saeed Mahameed's pull (posted 2021-06-03),
 * before v5.13 (2021-06-27): v5.14, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	netif_carrier_event(dev);
}
