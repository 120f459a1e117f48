// SPDX-License-Identifier: GPL-2.0
/* net_device.netmem_tx (devmem TCP transmit): absent in 6.12.117, present in 7.2.13 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->netmem_tx = NETMEM_TX_DMA;
}
