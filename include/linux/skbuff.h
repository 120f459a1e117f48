/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/skbuff.h> with the CRC32C, netmem and GSO helpers of newer kernels. */
#ifndef _RDMABP_LINUX_SKBUFF_H
#define _RDMABP_LINUX_SKBUFF_H

#include_next <linux/skbuff.h>

#ifndef HAVE_SKB_CRC32C
/*
 * Undoes: "net: add skb_crc32c()" (v6.16).
 * Selected by: !HAVE_SKB_CRC32C. Implemented in the compat module
 * (compat/skb_crc32c.c) over __skb_checksum() and crc32c().
 */
u32 rdmabp_skb_crc32c(const struct sk_buff *skb, int offset, int len, u32 crc);
#define skb_crc32c rdmabp_skb_crc32c
#endif /* !HAVE_SKB_CRC32C */

#if !defined(HAVE_SKB_CAN_COALESCE_NETMEM) && defined(HAVE_NETMEM_REF)
/*
 * Undoes: "net: Add skb_can_coalesce for netmem" (v6.17):
 * skb_can_coalesce_netmem(), the netmem form of skb_can_coalesce().
 * Selected by:
 * !HAVE_SKB_CAN_COALESCE_NETMEM and HAVE_NETMEM_REF: a kernel without
 * netmem (fragments are pages) has no netmem_ref to compare, and the
 * netmem users need more than this helper there. Compares netmem
 * references, so a net_iov fragment is never turned into a page
 * (skb_frag_page() warns on one).
 */
static inline bool skb_can_coalesce_netmem(struct sk_buff *skb, int i,
					   netmem_ref netmem, int off)
{
	const skb_frag_t *prev;

	if (!i || skb_zcopy(skb))
		return false;
	prev = &skb_shinfo(skb)->frags[i - 1];
	return skb_frag_netmem(prev) == netmem &&
	       skb_frag_off(prev) + skb_frag_size(prev) == off;
}
#endif /* !HAVE_SKB_CAN_COALESCE_NETMEM && HAVE_NETMEM_REF */

#ifndef HAVE_SKB_GSO_TCP_FIXEDID_INNER
/*
 * Undoes: "net: gso: restore ids of outer ip headers correctly" (v6.18),
 * which made SKB_GSO_TCP_FIXEDID mean the outer (or only) IPv4 header and
 * added SKB_GSO_TCP_FIXEDID_INNER for the inner header of an encapsulated
 * packet. Selected by: !HAVE_SKB_GSO_TCP_FIXEDID_INNER.
 * Before it, SKB_GSO_TCP_FIXEDID always meant the innermost header:
 * inet_gso_segment() keeps IDs fixed only at the level where
 * "!skb->encapsulation || encap" holds, i.e. the inner header of an
 * encapsulated skb, and always increments the outer IDs. So on such a
 * kernel the old flag is exactly the inner one, and GRO'd tunnel packets
 * resegment as on the target's own driver (which set SKB_GSO_TCP_FIXEDID
 * whether or not the packet was encapsulated).
 */
#define SKB_GSO_TCP_FIXEDID_INNER	SKB_GSO_TCP_FIXEDID
#endif /* !HAVE_SKB_GSO_TCP_FIXEDID_INNER */

#ifndef HAVE_NETMEM_REF
/*
 * Undoes: "net: add netmem to skb_frag_t" (v6.9), after which
 * <linux/skbuff.h> brings <net/netmem.h> and netmem_ref to every user.
 * Selected by: !HAVE_NETMEM_REF. Such a kernel has no <net/netmem.h>:
 * the compat one gives netmem as pages.
 */
#include <net/netmem.h>
#endif /* !HAVE_NETMEM_REF */

#ifndef HAVE_NAPI_BUILD_SKB
/*
 * Undoes: "skbuff: introduce {,__}napi_build_skb() which reuses NAPI cache
 * heads" (v5.12). Selected by: !HAVE_NAPI_BUILD_SKB. The same skb around
 * the same buffer, its head taken from the slab rather than from the
 * NAPI cache such a kernel does not have for it.
 */
#define napi_build_skb(data, frag_size)	build_skb(data, frag_size)
#endif /* !HAVE_NAPI_BUILD_SKB */

#ifndef HAVE_SKB_MARK_FOR_RECYCLE
/*
 * Undoes: "page_pool: Allow drivers to hint on SKB recycling" (v5.14).
 * Selected by: !HAVE_SKB_MARK_FOR_RECYCLE. Such a kernel never gives an
 * skb's pages back to a page pool: it frees each with put_page(), so
 * there is nothing to mark. A driver's page pool pages may reach the
 * stack only released from their pool, the driver holding a page
 * reference for each (as 5.10's page pool itself does for a page whose
 * count is raised: page_pool_put_page()); mlx5e does
 * (patches/quilt/mlx5e-page-pool-frags-as-page-refs.patch).
 */
static inline void skb_mark_for_recycle(struct sk_buff *skb)
{
}
#endif /* !HAVE_SKB_MARK_FOR_RECYCLE */

#endif /* _RDMABP_LINUX_SKBUFF_H */
