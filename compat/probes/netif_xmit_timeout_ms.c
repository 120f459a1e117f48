// SPDX-License-Identifier: GPL-2.0
/*
 * netif_xmit_timeout_ms(): "net: Introduce netif_xmit_timeout_ms() helper",
 * v7.0 (merged into net-next on 2026-01-15, in the v6.19 cycle; the release is
 * inferred from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: cfbc8b6babf2, net-next V2 of 2026-01-12 applied (patchwork
 * bot's reply), before v6.19's release: v7.0 consistent.
 */
#include <net/netdev_queues.h>

unsigned int rdmabp_probe(struct netdev_queue *txq)
{
	return netif_xmit_timeout_ms(txq);
}
