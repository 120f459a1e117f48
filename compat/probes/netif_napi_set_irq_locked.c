// SPDX-License-Identifier: GPL-2.0
/*
 * netif_napi_set_irq_locked(): "net: protect napi->irq with
 * netdev_lock()", v6.14 (the netdev_lock() NAPI series of 2025-01-15, in the
 * net-next-6.14 pull).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 53ed30800d3f, patch 09/11 of net-next v2 of 2025-01-14, applied
 * (patchwork bot's reply) and listed in '[GIT PULL] Networking for v6.14':
 * v6.14.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	netif_napi_set_irq_locked(n, 0);
}
