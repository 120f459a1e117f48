// SPDX-License-Identifier: GPL-2.0
/*
 * net_device_ops.ndo_eth_ioctl: "dev_ioctl: split out ndo_eth_ioctl",
 * v5.15
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: a76053707dbf, patch 27/31 of Arnd Bergmann's net-next v3
 * series, applied (patchwork bot's reply) and named in later Fixes: tags;
 * the release was not read (v5.15 kept).
 */
#include <linux/netdevice.h>

static int rdmabp_ioctl(struct net_device *dev, struct ifreq *ifr, int cmd)
{
	return 0;
}

const struct net_device_ops rdmabp_probe = {
	.ndo_eth_ioctl = rdmabp_ioctl,
};
