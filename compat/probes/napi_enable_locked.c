// SPDX-License-Identifier: GPL-2.0
/*
 * napi_enable_locked()/napi_disable_locked(): "net: protect NAPI enablement
 * with netdev_lock()" (netdev instance lock series), v6.14 (the subject
 * written here before, net: add napi_enable_locked() and
 * napi_disable_locked(), matches no patch found).
 * Checked: 413f0271f396, whose v2 of 2025-01-23 (after v6.13 was released,
 * so for v6.15's net-next) makes napi_enable() take the instance lock and
 * has drivers call napi_enable_locked(); that this patch, not an earlier
 * one of the v6.14 NAPI locking series, added the two helpers is not
 * established here (so v6.14 or v6.15).
 * Rechecked (2026-12-05): 413f0271f396 is patch 06/11 of Jakub Kicinski's
 * 11-patch series whose v2 was posted 2025-01-14 (its 09/11 carries that
 * date) and applied to net-next before v6.13 (patchwork bot's reply);
 * 05/11, 1b23cdbd2bbc, was 'already in the 6.13 stable queue' (Greg
 * Kroah-Hartman), so the series is in v6.14: v6.14, not v6.15 as written
 * here before; include/linux/netdevice.h still says v6.15.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	napi_enable_locked(n);
	napi_disable_locked(n);
}
