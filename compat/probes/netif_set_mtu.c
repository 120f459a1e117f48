// SPDX-License-Identifier: GPL-2.0
/*
 * netif_set_mtu(): "net: rename dev_set_mtu() callers' locked variant to netif_set_mtu()", v6.15
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); the release is the one written before, within its Debian
 * bracket.
 */
#include <linux/netdevice.h>

int rdmabp_probe(struct net_device *dev)
{
	return netif_set_mtu(dev, 1500);
}
