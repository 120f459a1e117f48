// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::xdp_metadata_ops, the XDP RX metadata kfuncs a BPF program
 * calls (bpf_xdp_metadata_rx_timestamp()/_rx_hash()/_rx_vlan_tag()):
 * "xdp: Add new xdp_metadata_ops" / "xdp: rss hash types representation"
 * (v6.3); absent in 6.1.192, present in 6.12.117.
 * Checked: the second, 0cd917a4a8ac, bpf V7 of April 2023 (a fix for v6.3);
 * the first was not found in the stored patch mails and commit lists
 * searched and stays unverified.
 */
#include <linux/netdevice.h>
#include <net/xdp.h>

void rdmabp_probe(struct net_device *dev, const struct xdp_metadata_ops *ops)
{
	enum xdp_rss_hash_type t = XDP_RSS_TYPE_L4_IPV6_TCP;

	dev->xdp_metadata_ops = t ? ops : NULL;
}
