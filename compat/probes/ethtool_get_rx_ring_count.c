// SPDX-License-Identifier: GPL-2.0
/* ethtool_ops.get_rx_ring_count (replaces get_rxnfc ETHTOOL_GRXRINGS): absent in 6.12.117, present in 7.2.13 */
#include <linux/ethtool.h>

void rdmabp_probe(struct ethtool_ops *ops)
{
	ops->get_rx_ring_count = NULL;
}
