// SPDX-License-Identifier: GPL-2.0
/*
 * xsk_tx_metadata_request(pool, &meta, ops, priv) in <net/xdp_sock_drv.h>:
 * the request validates the AF_XDP TX metadata itself (flags read once) and
 * clears the driver's meta pointer when no completion timestamp is wanted;
 * before, it took (meta, ops, priv) and xsk_buff_get_metadata() validated
 * (after v6.12; absent in 6.12.118, present in 7.2.13: 6.12.118 has the
 * three-argument form in <net/xdp_sock.h>, 7.2.13 the pool form in
 * <net/xdp_sock_drv.h>).
 * Unverified: the commit was not found; the stored text has the new
 * prototype only in generated bindings, no patch mail or shortlog.
 */
#include <net/xdp_sock_drv.h>

void rdmabp_probe(const struct xsk_buff_pool *pool,
		  struct xsk_tx_metadata **pmeta,
		  const struct xsk_tx_metadata_ops *ops, void *priv)
{
	xsk_tx_metadata_request(pool, pmeta, ops, priv);
}
