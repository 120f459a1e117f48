// SPDX-License-Identifier: GPL-2.0
/*
 * AF_XDP TX metadata (struct xsk_tx_metadata, xsk_tx_metadata_ops,
 * xp_tx_metadata_enabled()): "xsk: Add TX timestamp and TX checksum offload
 * support" (v6.8); absent in 6.1.192, present in 6.12.117.
 * Checked: 48eb03dd2630, bpf-next v6 of November 2023.
 */
#include <net/xdp_sock_drv.h>

bool rdmabp_probe(struct xsk_buff_pool *pool, struct xsk_tx_metadata_compl *c,
		  const struct xsk_tx_metadata_ops *ops)
{
	return xp_tx_metadata_enabled(pool) && c->tx_timestamp &&
	       ops->tmo_fill_timestamp;
}
