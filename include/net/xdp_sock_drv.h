/* SPDX-License-Identifier: GPL-2.0 */
/* <net/xdp_sock_drv.h> with the AF_XDP TX metadata request of newer kernels. */
#ifndef _RDMABP_NET_XDP_SOCK_DRV_H
#define _RDMABP_NET_XDP_SOCK_DRV_H

#include_next <net/xdp_sock_drv.h>

#ifndef HAVE_XSK_TX_METADATA
/*
 * Undoes: "xsk: Add TX timestamp and TX checksum offload support" (v6.8).
 * Selected by: !HAVE_XSK_TX_METADATA.
 * Such a kernel's AF_XDP has no TX metadata area: a socket cannot ask for
 * a TX timestamp or checksum offload, the pool never has metadata enabled
 * and a descriptor carries none. The types let the driver's metadata code
 * compile; it is never reached (xsk_buff_get_metadata() finds nothing).
 */
/* The types are in <net/xdp_sock.h>, where 7.2 has them. */
static inline bool xp_tx_metadata_enabled(const struct xsk_buff_pool *pool)
{
	return false;
}

static inline struct xsk_tx_metadata *
xsk_buff_get_metadata(struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	return NULL;
}

static inline void
xsk_tx_metadata_request(const struct xsk_buff_pool *pool,
			struct xsk_tx_metadata **pmeta,
			const struct xsk_tx_metadata_ops *ops, void *priv)
{
	*pmeta = NULL;
}

static inline void xsk_tx_metadata_to_compl(struct xsk_tx_metadata *meta,
					    struct xsk_tx_metadata_compl *compl)
{
	compl->tx_timestamp = NULL;
}

static inline void
xsk_tx_metadata_complete(struct xsk_tx_metadata_compl *compl,
			 const struct xsk_tx_metadata_ops *ops, void *priv)
{
}
#endif /* !HAVE_XSK_TX_METADATA */

#ifndef XSK_TX_COMPL_FITS
/*
 * Undoes: "xsk: add TX timestamp and TX checksum offload support" (v6.8:
 * the check that a driver's TX completion slot holds the completion
 * metadata). Selected by: the macro is not defined. The same check.
 */
#define XSK_TX_COMPL_FITS(t)	\
	BUILD_BUG_ON(sizeof(struct xsk_tx_metadata_compl) > sizeof(t))
#endif /* !XSK_TX_COMPL_FITS */

#ifndef HAVE_XSK_BUFF_DMA_SYNC_FOR_CPU_NO_POOL
/*
 * Undoes: "xsk: use generic DMA sync shortcut instead of a custom one"
 * (v6.10), which dropped the pool argument of xsk_buff_dma_sync_for_cpu().
 * Selected by: !HAVE_XSK_BUFF_DMA_SYNC_FOR_CPU_NO_POOL. The buffer knows
 * its pool (struct xdp_buff_xsk::pool), as the newer call finds it.
 */
static inline void rdmabp_xsk_buff_dma_sync_for_cpu(struct xdp_buff *xdp)
{
#ifdef CONFIG_XDP_SOCKETS
	struct xdp_buff_xsk *xskb = container_of(xdp, struct xdp_buff_xsk, xdp);

	(xsk_buff_dma_sync_for_cpu)(xdp, xskb->pool);
#endif /* CONFIG_XDP_SOCKETS */
}
#define xsk_buff_dma_sync_for_cpu(xdp)	rdmabp_xsk_buff_dma_sync_for_cpu(xdp)
#endif /* !HAVE_XSK_BUFF_DMA_SYNC_FOR_CPU_NO_POOL */

#if !defined(HAVE_XSK_TX_METADATA_REQUEST_POOL) && defined(HAVE_XSK_TX_METADATA)
/*
 * Undoes: xsk_tx_metadata_request(pool, &meta, ops, priv) (after v6.12;
 * absent in 6.12.117, present in 7.2.13; the older form is (meta, ops,
 * priv)). Selected by: !HAVE_XSK_TX_METADATA_REQUEST_POOL and
 * HAVE_XSK_TX_METADATA (without TX metadata at all, the block above).
 * The metadata area sits in the user-mapped UMEM. Upstream now reads its
 * flags once, drops metadata with an unknown flag, and leaves the driver's
 * meta pointer set only when a completion timestamp was asked for;
 * xsk_tx_metadata_to_compl() then trusts that pointer and always
 * initialises the completion (7.2's mlx5e no longer zeroes it itself).
 * Both are given here together, over the target's own request, with the
 * flags the target knows (XDP_TXMD_FLAGS_VALID: timestamp and checksum; it
 * has no launch time).
 */
static inline void
rdmabp_xsk_tx_metadata_request(const struct xsk_buff_pool *pool,
			       struct xsk_tx_metadata **pmeta,
			       const struct xsk_tx_metadata_ops *ops,
			       void *priv)
{
#ifdef CONFIG_XDP_SOCKETS
	const struct xsk_tx_metadata *meta = *pmeta;
	struct xsk_tx_metadata req = {};

	if (!meta)
		return;

	req.flags = READ_ONCE(meta->flags);
	if (unlikely(req.flags & ~XDP_TXMD_FLAGS_VALID)) {
		*pmeta = NULL;
		return; /* no way to signal the error to the user */
	}
	req.request.csum_start = READ_ONCE(meta->request.csum_start);
	req.request.csum_offset = READ_ONCE(meta->request.csum_offset);

	(xsk_tx_metadata_request)(&req, ops, priv);

	if (!(req.flags & XDP_TXMD_FLAGS_TIMESTAMP))
		*pmeta = NULL;
#endif /* CONFIG_XDP_SOCKETS */
}
#define xsk_tx_metadata_request(pool, pmeta, ops, priv)	\
	rdmabp_xsk_tx_metadata_request(pool, pmeta, ops, priv)

static inline void
rdmabp_xsk_tx_metadata_to_compl(struct xsk_tx_metadata *meta,
				struct xsk_tx_metadata_compl *compl)
{
	compl->tx_timestamp = NULL;
#ifdef CONFIG_XDP_SOCKETS
	if (meta)
		compl->tx_timestamp = &meta->completion.tx_timestamp;
#endif /* CONFIG_XDP_SOCKETS */
}
#define xsk_tx_metadata_to_compl(meta, compl)	\
	rdmabp_xsk_tx_metadata_to_compl(meta, compl)
#endif /* !HAVE_XSK_TX_METADATA_REQUEST_POOL && HAVE_XSK_TX_METADATA */

#ifndef XDP_UMEM_MIN_CHUNK_SHIFT
/*
 * Undoes: "xsk: Expose min chunk size to drivers" (v6.1).
 * Selected by: the macro is not defined (a macro is its own probe).
 * Checked: net-next 01/16 of Saeed Mahameed's mlx5 pull (posted
 * 2022-09-29, Maxim Mikityanskiy's patch), for v6.1.
 * The values such a kernel keeps private to net/xdp/xdp_umem.c (2048).
 */
#define XDP_UMEM_MIN_CHUNK_SHIFT 11
#define XDP_UMEM_MIN_CHUNK_SIZE (1 << XDP_UMEM_MIN_CHUNK_SHIFT)
#endif /* !XDP_UMEM_MIN_CHUNK_SHIFT */

#ifndef HAVE_XSK_BUFF_ALLOC_BATCH
/*
 * Undoes: "xsk: Batched buffer allocation for the pool" (v5.16): a batch
 * of buffers taken at once, and a received buffer's data set from its
 * size. Selected by: !HAVE_XSK_BUFF_ALLOC_BATCH. The batch is taken one
 * buffer at a time, as such a kernel's drivers do, up to max or the first
 * buffer the pool cannot give; the size as upstream sets it.
 */
static inline u32 xsk_buff_alloc_batch(struct xsk_buff_pool *pool,
				       struct xdp_buff **xdp, u32 max)
{
	u32 i;

	for (i = 0; i < max; i++) {
		xdp[i] = xsk_buff_alloc(pool);
		if (!xdp[i])
			break;
	}
	return i;
}

static inline void xsk_buff_set_size(struct xdp_buff *xdp, u32 size)
{
	xdp->data = xdp->data_hard_start + XDP_PACKET_HEADROOM;
	xdp->data_meta = xdp->data;
	xdp->data_end = xdp->data + size;
}
#endif /* !HAVE_XSK_BUFF_ALLOC_BATCH */

#endif /* _RDMABP_NET_XDP_SOCK_DRV_H */
