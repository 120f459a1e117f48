// SPDX-License-Identifier: GPL-2.0
/* net_device.request_ops_lock (driver ops under the instance lock): netdev instance lock series, absent in 6.12.117, present in 7.2.13 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->request_ops_lock = true;
}
