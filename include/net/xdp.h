/* SPDX-License-Identifier: GPL-2.0 */
/* <net/xdp.h> with the xdp_buff-to-skb helpers of newer kernels. */
#ifndef _RDMABP_NET_XDP_H
#define _RDMABP_NET_XDP_H

#include_next <net/xdp.h>

#ifndef HAVE_XDP_SET_FEATURES_FLAG
/*
 * Undoes: "xdp: introduce xdp_feature_t" / "net: introduce XDP features
 * flag" (v6.3): a driver announcing which XDP actions it supports, for
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
 * Undoes: xdp_buff_get_skb_flags(), the xdp_buff flags handed whole to the
 * skb helpers (after v6.12; absent in 6.12.117, present in 7.2.13).
 * Selected by: !HAVE_XDP_BUFF_GET_SKB_FLAGS. Same as upstream: the flags
 * word; on such a kernel it holds only XDP_FLAGS_HAS_FRAGS and
 * XDP_FLAGS_FRAGS_PF_MEMALLOC.
 */
static __always_inline u32 xdp_buff_get_skb_flags(const struct xdp_buff *xdp)
{
	return xdp->flags;
}
#endif /* !HAVE_XDP_BUFF_GET_SKB_FLAGS */

#ifndef HAVE_XDP_UPDATE_SKB_FRAGS_INFO
/*
 * Undoes: xdp_update_skb_frags_info(), which replaced
 * xdp_update_skb_shared_info(..., bool pfmemalloc) and takes the xdp_buff
 * flags (after v6.12; absent in 6.12.117, present in 7.2.13). Selected by:
 * !HAVE_XDP_UPDATE_SKB_FRAGS_INFO. The target's own helper does the work:
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
#endif /* !HAVE_XDP_UPDATE_SKB_FRAGS_INFO */

#ifndef HAVE_XDP_SET_FEATURES_FLAG_LOCKED
/*
 * Undoes: "xdp: double protect netdev->xdp_flags with netdev->lock"
 * (v6.16), which split xdp_set_features_flag() into a _locked body (caller
 * holds the netdev instance lock) and a wrapper that takes that lock.
 * Selected by: !HAVE_XDP_SET_FEATURES_FLAG_LOCKED. Such a kernel has no
 * instance lock in its XDP code: its xdp_set_features_flag() is exactly
 * the _locked body (callers hold RTNL), so the _locked call is that one.
 */
static inline void xdp_set_features_flag_locked(struct net_device *dev,
						xdp_features_t val)
{
	xdp_set_features_flag(dev, val);
}
#endif /* !HAVE_XDP_SET_FEATURES_FLAG_LOCKED */

#endif /* _RDMABP_NET_XDP_H */
