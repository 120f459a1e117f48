// SPDX-License-Identifier: GPL-2.0
/* xdp_set_features_flag_locked(): netdev instance lock series; absent in 6.12.117, present in 7.2.13 */
#include <net/xdp.h>

void rdmabp_probe(struct net_device *dev)
{
	xdp_set_features_flag_locked(dev, 0);
}
