// SPDX-License-Identifier: GPL-2.0
/*
 * net_device_ops.ndo_set_rx_mode_async: "net: introduce
 * ndo_set_rx_mode_async and dev_rx_mode_work", v7.1 (the subject written
 * here before, net: add ndo_set_rx_mode_async, matches no patch found).
 * Checked: patch 3 of Stanislav Fomichev's series, net-next v3 of
 * 2026-03-20, in the v7.0 cycle; the release is inferred from that date.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

const struct net_device_ops rdmabp_probe = {
	.ndo_set_rx_mode_async = NULL,
};
