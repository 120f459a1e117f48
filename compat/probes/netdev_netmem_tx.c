// SPDX-License-Identifier: GPL-2.0
/*
 * net_device.netmem_tx set to NETMEM_TX_DMA (devmem TCP transmit): the
 * field came with "net: enable driver support for netmem TX", v6.16 (a bool);
 * the enum this probe needs with "net: convert netmem_tx flag to enum", v7.2
 * (v5 posted 2026-05-14, in the v7.1 cycle; the release is inferred from that
 * date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 383faec0fd64, net-next v14 of 2025-05-08 (v6.16 consistent);
 * 7d3ab852dcd8, net-next v5 of 2026-05-14, in a net-next push log with
 * d603517771d8 (v7.2 consistent).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->netmem_tx = NETMEM_TX_DMA;
}
