// SPDX-License-Identifier: GPL-2.0
/*
 * net_device.request_ops_lock (driver ops under the instance lock): "net:
 * add option to request netdev instance lock", v6.15 (the netdev instance lock
 * series, v10 posted 2025-03-01 in the v6.14 cycle; the release is inferred
 * from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 605ef7aec060, net-next v10 of 2025-03-01; a reviewer (Jacob
 * Keller) calls it 'coming in v6.15': v6.15.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->request_ops_lock = true;
}
