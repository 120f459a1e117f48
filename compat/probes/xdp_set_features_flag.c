// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_features_t, xdp_set_features_flag(): "net: introduce XDP features
 * flag", v6.3
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: the XDP features series of early 2023 (bpf-next).
 */
#include <linux/netdevice.h>
#include <net/xdp.h>

void rdmabp_probe(struct net_device *dev, xdp_features_t val)
{
	xdp_set_features_flag(dev, val);
}
