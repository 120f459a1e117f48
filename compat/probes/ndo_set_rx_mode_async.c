// SPDX-License-Identifier: GPL-2.0
/*
 * net_device_ops.ndo_set_rx_mode_async: "net: add ndo_set_rx_mode_async", v7.1
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

const struct net_device_ops rdmabp_probe = {
	.ndo_set_rx_mode_async = NULL,
};
