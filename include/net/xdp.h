/* SPDX-License-Identifier: GPL-2.0 */
/* <net/xdp.h> with the xdp_buff-to-skb helpers of newer kernels. */
#ifndef _RDMABP_NET_XDP_H
#define _RDMABP_NET_XDP_H

#include_next <net/xdp.h>

#ifndef HAVE_XDP_SET_FEATURES_FLAG
/*
 * Undoes: "net: introduce XDP features flag" (v6.3): a driver
 * announcing which XDP actions it supports, for
 * the netdev netlink family. Selected by: !HAVE_XDP_SET_FEATURES_FLAG.
 * Such a kernel has no netdev netlink family and never asks: the type
 * and the bits (values of 7.2.13's uapi <linux/netdev.h>) let the driver
 * compute its set, and announcing it does nothing. XDP itself (ndo_bpf,
 * ndo_xdp_xmit, AF_XDP zero-copy) works as before.
 */
typedef u32 xdp_features_t;

enum {
	NETDEV_XDP_ACT_BASIC = 1,
	NETDEV_XDP_ACT_REDIRECT = 2,
	NETDEV_XDP_ACT_NDO_XMIT = 4,
	NETDEV_XDP_ACT_XSK_ZEROCOPY = 8,
	NETDEV_XDP_ACT_HW_OFFLOAD = 16,
	NETDEV_XDP_ACT_RX_SG = 32,
	NETDEV_XDP_ACT_NDO_XMIT_SG = 64,
};

static inline void xdp_set_features_flag(struct net_device *dev,
					 xdp_features_t val)
{
}

static inline void xdp_clear_features_flag(struct net_device *dev)
{
}
#endif /* !HAVE_XDP_SET_FEATURES_FLAG */

#ifndef HAVE_XDP_BUFF_GET_SKB_FLAGS
/*
 * Undoes: xdp_buff_get_skb_flags() of "net: xdp: pass full flags to
 * xdp_update_skb_shared_info()" (v6.18), the xdp_buff flags handed whole
 * to the skb helpers. Selected by: !HAVE_XDP_BUFF_GET_SKB_FLAGS. Same as upstream: the flags
 * word; on such a kernel it holds only XDP_FLAGS_HAS_FRAGS and
 * XDP_FLAGS_FRAGS_PF_MEMALLOC.
 */
static __always_inline u32 xdp_buff_get_skb_flags(const struct xdp_buff *xdp)
{
#ifdef HAVE_XDP_BUFF_FLAGS
	return xdp->flags;
#else
	/*
	 * A kernel before "xdp: introduce flags field in xdp_buff/xdp_frame"
	 * (v5.18, HAVE_XDP_BUFF_FLAGS) has no multi-buffer XDP: no buffer
	 * carries frags, so none carries a frag flag.
	 */
	return 0;
#endif /* HAVE_XDP_BUFF_FLAGS */
}
#endif /* !HAVE_XDP_BUFF_GET_SKB_FLAGS */

#if !defined(HAVE_XDP_UPDATE_SKB_FRAGS_INFO) && defined(HAVE_XDP_BUFF_FLAGS)
/*
 * Undoes: "net: xdp: pass full flags to xdp_update_skb_shared_info()"
 * (v6.18): xdp_update_skb_frags_info(), which replaced
 * xdp_update_skb_shared_info(..., bool pfmemalloc) and takes the xdp_buff
 * flags. Selected by:
 * !HAVE_XDP_UPDATE_SKB_FRAGS_INFO HAVE_XDP_BUFF_FLAGS: the kernel must have
 * multi-buffer XDP (v5.18: before it there are no frags to account and
 * no helper to do it). The target's own helper does the work:
 * its only frag flag is pfmemalloc (no XDP_FLAGS_FRAGS_UNREADABLE, which an
 * xdp_buff of such a kernel never carries), and its skb_shared_info keeps
 * xdp_frags_size apart from destructor_arg, so there is nothing to reset.
 */
static inline void xdp_update_skb_frags_info(struct sk_buff *skb, u8 nr_frags,
					     unsigned int size,
					     unsigned int truesize,
					     u32 xdp_flags)
{
	xdp_update_skb_shared_info(skb, nr_frags, size, truesize,
				   !!(xdp_flags & XDP_FLAGS_FRAGS_PF_MEMALLOC));
}
#endif /* !HAVE_XDP_UPDATE_SKB_FRAGS_INFO && HAVE_XDP_BUFF_FLAGS */

#ifndef HAVE_XDP_SET_FEATURES_FLAG_LOCKED
/*
 * Undoes: "xdp: double protect netdev->xdp_flags with netdev->lock"
 * (v6.16), which split xdp_set_features_flag() into a _locked body (caller
 * holds the netdev instance lock) and a wrapper that takes that lock.
 * Selected by: !HAVE_XDP_SET_FEATURES_FLAG_LOCKED. Such a kernel has no
 * instance lock in its XDP code: its xdp_set_features_flag() is exactly
 * the _locked body (callers hold RTNL), so the _locked call is that one.
 * (A kernel before v6.3 has no XDP features at all: the block at the top
 * gives it an xdp_set_features_flag() that announces nothing.)
 */
static inline void xdp_set_features_flag_locked(struct net_device *dev,
						xdp_features_t val)
{
	xdp_set_features_flag(dev, val);
}
#endif /* !HAVE_XDP_SET_FEATURES_FLAG_LOCKED */

#ifndef HAVE_XDP_METADATA_OPS
/*
 * Undoes: "xdp: Add new xdp_metadata_ops" and "xdp: rss hash types
 * representation" (v6.3). Selected by: !HAVE_XDP_METADATA_OPS.
 * The types only, as 7.2.13 has them: such a kernel has no XDP RX
 * metadata kfuncs, so no BPF program can ask a driver for a packet's
 * timestamp, hash or VLAN tag, and net_device has no table to install
 * (patches/cocci/mlx5e-no-xdp-metadata-ops.cocci).
 */
enum xdp_rss_hash_type {
	XDP_RSS_L3_IPV4		= BIT(0),
	XDP_RSS_L3_IPV6		= BIT(1),
	XDP_RSS_L3_DYNHDR	= BIT(2),
	XDP_RSS_L4		= BIT(3),
	XDP_RSS_L4_TCP		= BIT(4),
	XDP_RSS_L4_UDP		= BIT(5),
	XDP_RSS_L4_SCTP		= BIT(6),
	XDP_RSS_L4_IPSEC	= BIT(7),
	XDP_RSS_L4_ICMP		= BIT(8),

	XDP_RSS_TYPE_NONE            = 0,
	XDP_RSS_TYPE_L2              = XDP_RSS_TYPE_NONE,

	XDP_RSS_TYPE_L3_IPV4         = XDP_RSS_L3_IPV4,
	XDP_RSS_TYPE_L3_IPV6         = XDP_RSS_L3_IPV6,
	XDP_RSS_TYPE_L3_IPV4_OPT     = XDP_RSS_L3_IPV4 | XDP_RSS_L3_DYNHDR,
	XDP_RSS_TYPE_L3_IPV6_EX      = XDP_RSS_L3_IPV6 | XDP_RSS_L3_DYNHDR,

	XDP_RSS_TYPE_L4_ANY          = XDP_RSS_L4,
	XDP_RSS_TYPE_L4_IPV4_TCP     = XDP_RSS_L3_IPV4 | XDP_RSS_L4 | XDP_RSS_L4_TCP,
	XDP_RSS_TYPE_L4_IPV4_UDP     = XDP_RSS_L3_IPV4 | XDP_RSS_L4 | XDP_RSS_L4_UDP,
	XDP_RSS_TYPE_L4_IPV4_SCTP    = XDP_RSS_L3_IPV4 | XDP_RSS_L4 | XDP_RSS_L4_SCTP,
	XDP_RSS_TYPE_L4_IPV4_IPSEC   = XDP_RSS_L3_IPV4 | XDP_RSS_L4 | XDP_RSS_L4_IPSEC,
	XDP_RSS_TYPE_L4_IPV4_ICMP    = XDP_RSS_L3_IPV4 | XDP_RSS_L4 | XDP_RSS_L4_ICMP,

	XDP_RSS_TYPE_L4_IPV6_TCP     = XDP_RSS_L3_IPV6 | XDP_RSS_L4 | XDP_RSS_L4_TCP,
	XDP_RSS_TYPE_L4_IPV6_UDP     = XDP_RSS_L3_IPV6 | XDP_RSS_L4 | XDP_RSS_L4_UDP,
	XDP_RSS_TYPE_L4_IPV6_SCTP    = XDP_RSS_L3_IPV6 | XDP_RSS_L4 | XDP_RSS_L4_SCTP,
	XDP_RSS_TYPE_L4_IPV6_IPSEC   = XDP_RSS_L3_IPV6 | XDP_RSS_L4 | XDP_RSS_L4_IPSEC,
	XDP_RSS_TYPE_L4_IPV6_ICMP    = XDP_RSS_L3_IPV6 | XDP_RSS_L4 | XDP_RSS_L4_ICMP,

	XDP_RSS_TYPE_L4_IPV6_TCP_EX  = XDP_RSS_TYPE_L4_IPV6_TCP  | XDP_RSS_L3_DYNHDR,
	XDP_RSS_TYPE_L4_IPV6_UDP_EX  = XDP_RSS_TYPE_L4_IPV6_UDP  | XDP_RSS_L3_DYNHDR,
	XDP_RSS_TYPE_L4_IPV6_SCTP_EX = XDP_RSS_TYPE_L4_IPV6_SCTP | XDP_RSS_L3_DYNHDR,
};

/* UAPI <linux/bpf.h>, which this header of such a kernel does not include. */
struct xdp_md;

struct xdp_metadata_ops {
	int	(*xmo_rx_timestamp)(const struct xdp_md *ctx, u64 *timestamp);
	int	(*xmo_rx_hash)(const struct xdp_md *ctx, u32 *hash,
			       enum xdp_rss_hash_type *rss_type);
	int	(*xmo_rx_vlan_tag)(const struct xdp_md *ctx, __be16 *vlan_proto,
				   u16 *vlan_tci);
};
#endif /* !HAVE_XDP_METADATA_OPS */

#ifndef HAVE_XDP_RXQ_INFO_REG_NAPI_ID
/*
 * Undoes: "xsk: Propagate napi_id to XDP socket Rx path" (v5.11): the
 * NAPI id argument of xdp_rxq_info_reg().
 * Selected by: !HAVE_XDP_RXQ_INFO_REG_NAPI_ID. Such a kernel has no busy
 * polling of AF_XDP sockets, the id's only reader: it is dropped.
 */
#define xdp_rxq_info_reg(xdp_rxq, dev, queue_index, napi_id)		\
	(xdp_rxq_info_reg)(xdp_rxq, dev, queue_index)
#endif /* !HAVE_XDP_RXQ_INFO_REG_NAPI_ID */

#ifndef HAVE_XDP_RXQ_INFO_REG_FRAG_SIZE
/*
 * Undoes: "bpf: add frags support to the bpf_xdp_adjust_tail() API"
 * (v5.18): __xdp_rxq_info_reg() with the fragment size.
 * Selected by: !HAVE_XDP_RXQ_INFO_REG_FRAG_SIZE. The size lets an XDP
 * program grow the tail of a multi-buffer frame, which such a kernel does
 * not have: it is dropped.
 */
static inline int __xdp_rxq_info_reg(struct xdp_rxq_info *xdp_rxq,
				     struct net_device *dev, u32 queue_index,
				     unsigned int napi_id, u32 frag_size)
{
	return xdp_rxq_info_reg(xdp_rxq, dev, queue_index, napi_id);
}
#endif /* !HAVE_XDP_RXQ_INFO_REG_FRAG_SIZE */

#ifndef HAVE_XDP_BUFF_FLAGS
/*
 * Undoes: "xdp: introduce flags field in xdp_buff/xdp_frame" (v5.18).
 * Selected by: !HAVE_XDP_BUFF_FLAGS. Such a kernel has no multi-buffer
 * XDP: its xdp_buff and xdp_frame carry no flags, no frame has frags
 * and no XDP program can take them. A driver that builds a non-linear
 * skb through an xdp_buff (mlx5e) keeps the flags itself
 * (patches/quilt/mlx5e-rx-frags-in-driver.patch) with upstream's values,
 * and hands them to the skb helper below, as upstream's own; the skb's
 * shared info of such a kernel keeps no XDP frag size apart from
 * destructor_arg, so there is nothing to reset.
 */
enum xdp_buff_flags {
	XDP_FLAGS_HAS_FRAGS		= BIT(0),
	XDP_FLAGS_FRAGS_PF_MEMALLOC	= BIT(1),
};

static inline void xdp_update_skb_frags_info(struct sk_buff *skb, u8 nr_frags,
					     unsigned int size,
					     unsigned int truesize,
					     u32 xdp_flags)
{
	skb_shinfo(skb)->nr_frags = nr_frags;
	skb->len += size;
	skb->data_len += size;
	skb->truesize += truesize;
	skb->pfmemalloc |= !!(xdp_flags & XDP_FLAGS_FRAGS_PF_MEMALLOC);
}

static __always_inline bool xdp_frame_has_frags(const struct xdp_frame *frame)
{
	return false;
}
#endif /* !HAVE_XDP_BUFF_FLAGS */

#ifndef HAVE_XDP_INIT_BUFF
/*
 * Undoes: "net, xdp: Introduce xdp_init_buff utility routine" (v5.12).
 * Selected by: !HAVE_XDP_INIT_BUFF. As upstream's, without the flags word
 * such a kernel's xdp_buff does not have (v5.18).
 */
static __always_inline void
xdp_init_buff(struct xdp_buff *xdp, u32 frame_sz, struct xdp_rxq_info *rxq)
{
	xdp->frame_sz = frame_sz;
	xdp->rxq = rxq;
}
#endif /* !HAVE_XDP_INIT_BUFF */

#ifndef HAVE_XDP_PREPARE_BUFF
/*
 * Undoes: "net, xdp: Introduce xdp_prepare_buff utility routine" (v5.12).
 * Selected by: !HAVE_XDP_PREPARE_BUFF. As upstream's.
 */
static __always_inline void
xdp_prepare_buff(struct xdp_buff *xdp, unsigned char *hard_start,
		 int headroom, int data_len, const bool meta_valid)
{
	unsigned char *data = hard_start + headroom;

	xdp->data_hard_start = hard_start;
	xdp->data = data;
	xdp->data_end = data + data_len;
	xdp->data_meta = meta_valid ? data : data + 1;
}
#endif /* !HAVE_XDP_PREPARE_BUFF */

#ifndef HAVE_XDP_FRAME_BULK
/*
 * Undoes: "net: xdp: Introduce bulking for xdp tx return path" (v5.11),
 * with xdp_frame_bulk_init() of later kernels. Selected by:
 * !HAVE_XDP_FRAME_BULK. Such a kernel returns frames one by one: each
 * frame goes back at once through xdp_return_frame(), the flush has
 * nothing left to do. The same frames are returned, without the batching.
 */
struct xdp_frame_bulk {
	int count;
};

static __always_inline void xdp_frame_bulk_init(struct xdp_frame_bulk *bq)
{
	bq->count = 0;
}

static inline void xdp_return_frame_bulk(struct xdp_frame *xdpf,
					 struct xdp_frame_bulk *bq)
{
	xdp_return_frame(xdpf);
}

static inline void xdp_flush_frame_bulk(struct xdp_frame_bulk *bq)
{
}
#endif /* !HAVE_XDP_FRAME_BULK */

#endif /* _RDMABP_NET_XDP_H */
