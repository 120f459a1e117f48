// SPDX-License-Identifier: GPL-2.0
/*
 * dev_sw_netstats_tx_add(): "net: core: add dev_sw_netstats_tx_add", v5.11.
 * Absent in 5.10.262 (which has dev_sw_netstats_rx_add()), present in
 * 6.1.192 (Debian's kernels, by this probe).
 * Checked: d3fd65484c78, posted to net-next as 1/4 of Heiner Kallweit's
 * r8169 statistics series on 2020-10-15, after v5.9 (2020-10-11) and the
 * networking pull for 5.10: v5.11 consistent; quoted by that id and
 * subject in later net-next patches of 2020-11.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev_sw_netstats_tx_add(dev, 1, 64);
}
