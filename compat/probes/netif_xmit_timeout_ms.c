// SPDX-License-Identifier: GPL-2.0
/* netif_xmit_timeout_ms(): absent in 6.12.117, present in 7.2.13 */
#include <net/netdev_queues.h>

unsigned int rdmabp_probe(struct netdev_queue *txq)
{
	return netif_xmit_timeout_ms(txq);
}
