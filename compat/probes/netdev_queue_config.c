// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_queue_config and the queue-config ops of
 * netdev_queue_mgmt_ops: "net: add bare bone queue configs", v7.0 (patch 3 of
 * a 9-patch series by Pavel Begunkov, v9 posted 2026-01-15 in the v6.19
 * cycle; the release is inferred from that date; the per-queue rx page size
 * came with later patches of the series). mlx5e (the Ethernet half of
 * mlx5_core) of 7.2 is written against it and the other net-core interfaces
 * of the same era (netmem DMA helpers, HDS thresholds, netdev cfg); without it
 * MLX5_CORE_EN stays off.
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: efcb9a4d32d3, net-next v9 applied (patchwork bot's reply) after
 * v8 of 2026-01-09, before v6.19's release: v7.0 consistent.
 */
#include <net/netdev_queues.h>

int rdmabp_probe(struct netdev_queue_config *qcfg)
{
	return sizeof(*qcfg);
}
