// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_set_features_flag_locked(): "xdp: double protect netdev->xdp_flags
 * with netdev->lock" (v6.16).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 03df156dd3a6, net-next of 2025-04-07.
 */
#include <net/xdp.h>

void rdmabp_probe(struct net_device *dev)
{
	xdp_set_features_flag_locked(dev, 0);
}
