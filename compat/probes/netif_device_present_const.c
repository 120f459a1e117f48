// SPDX-License-Identifier: GPL-2.0
/*
 * netif_device_present() takes a const net_device: "net: Change dev
 * parameter to const in netif_device_present()", v5.13.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: net-next 01/15 of Saeed Mahameed's mlx5 pull, posted
 * 2021-03-16 (Roi Dayan's patch), before v5.12 of 2021-04-25: v5.13,
 * inferred from that date.
 */
#include <linux/netdevice.h>

_Static_assert(__builtin_types_compatible_p(typeof(&netif_device_present),
					    bool (*)(const struct net_device *)),
	       "rdmabp_probe");
