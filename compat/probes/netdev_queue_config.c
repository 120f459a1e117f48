// SPDX-License-Identifier: GPL-2.0
/*
 * struct netdev_queue_config and the queue-config ops of netdev_queue_mgmt_ops
 * (per-queue rx page size, netmem), present in 7.2.13 and absent in 6.12.117.
 * mlx5e (the Ethernet half of mlx5_core) of 7.2 is written against it and the
 * other net-core interfaces of the same era (netmem DMA helpers, HDS
 * thresholds, netdev cfg); without it MLX5_CORE_EN stays off.
 */
#include <net/netdev_queues.h>

int rdmabp_probe(struct netdev_queue_config *qcfg)
{
	return sizeof(*qcfg);
}
