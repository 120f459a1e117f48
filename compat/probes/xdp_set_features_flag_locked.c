// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_set_features_flag_locked(): "xdp: double protect netdev->xdp_flags
 * with netdev->lock" (v6.16).
 */
#include <net/xdp.h>

void rdmabp_probe(struct net_device *dev)
{
	xdp_set_features_flag_locked(dev, 0);
}
