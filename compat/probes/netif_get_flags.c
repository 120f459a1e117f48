// SPDX-License-Identifier: GPL-2.0
/*
 * netif_get_flags(): "net: rename dev_get_flags() to netif_get_flags()", v6.18
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Unverified: this subject, written before the check of 2026-12-04, was not
 * found in the stored patch mails and commit lists searched (exact-string
 * search); patches renaming dev_get_flags() to netif_get_flags() exist,
 * their subject was not read; the release is the one written before, within
 * its Debian bracket.
 */
#include <linux/netdevice.h>

unsigned int rdmabp_probe(const struct net_device *dev)
{
	return netif_get_flags(dev);
}
