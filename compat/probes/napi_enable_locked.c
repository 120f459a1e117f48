// SPDX-License-Identifier: GPL-2.0
/*
 * napi_enable_locked()/napi_disable_locked(): "net: protect NAPI enablement
 * with netdev_lock()" (netdev instance lock series), v6.15 (the subject
 * written here before, net: add napi_enable_locked() and
 * napi_disable_locked(), matches no patch found).
 * Checked: 413f0271f396, whose v2 of 2025-01-23 (after v6.13 was released,
 * so for v6.15's net-next) makes napi_enable() take the instance lock and
 * has drivers call napi_enable_locked(); that this patch, not an earlier
 * one of the v6.14 NAPI locking series, added the two helpers is not
 * established here (so v6.14 or v6.15).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	napi_enable_locked(n);
	napi_disable_locked(n);
}
