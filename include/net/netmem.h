/* SPDX-License-Identifier: GPL-2.0 */
/* <net/netmem.h> with the netmem DMA and descriptor helpers of newer kernels. */
#ifndef _RDMABP_NET_NETMEM_H
#define _RDMABP_NET_NETMEM_H

#ifdef HAVE_NETMEM_REF
#include_next <net/netmem.h>
#else
#include <linux/mm.h>
#include <linux/skbuff.h>

/*
 * Undoes: "net: introduce abstraction for network memory" (v6.9) and
 * "net: add netmem to skb_frag_t" (v6.9). Selected by: !HAVE_NETMEM_REF.
 * Such a kernel has no <net/netmem.h>: every fragment and page pool buffer
 * is a struct page. A netmem_ref here is a page pointer, never a net_iov
 * (there is no devmem TCP either), and each helper is the page operation
 * the target's own drivers call.
 */
typedef unsigned long __bitwise netmem_ref;

static inline netmem_ref page_to_netmem(struct page *page)
{
	return (__force netmem_ref)page;
}

static inline struct page *netmem_to_page(netmem_ref netmem)
{
	return (__force struct page *)netmem;
}

static inline bool netmem_is_net_iov(const netmem_ref netmem)
{
	return false;
}

static inline void *netmem_address(netmem_ref netmem)
{
	return page_address(netmem_to_page(netmem));
}

static inline bool netmem_is_pfmemalloc(netmem_ref netmem)
{
	return page_is_pfmemalloc(netmem_to_page(netmem));
}

static inline netmem_ref skb_frag_netmem(const skb_frag_t *frag)
{
	return page_to_netmem(skb_frag_page(frag));
}

static inline void skb_frag_fill_netmem_desc(skb_frag_t *frag,
					     netmem_ref netmem, int off,
					     int size)
{
	__skb_frag_set_page(frag, netmem_to_page(netmem));
	skb_frag_off_set(frag, off);
	skb_frag_size_set(frag, size);
}

static inline void skb_add_rx_frag_netmem(struct sk_buff *skb, int i,
					  netmem_ref netmem, int off,
					  int size, unsigned int truesize)
{
	skb_add_rx_frag(skb, i, netmem_to_page(netmem), off, size, truesize);
}

static inline bool skb_can_coalesce_netmem(struct sk_buff *skb, int i,
					   netmem_ref netmem, int off)
{
	return skb_can_coalesce(skb, i, netmem_to_page(netmem), off);
}
#endif /* HAVE_NETMEM_REF */

#ifndef HAVE_NETMEM_DMA_UNMAP_PAGE_ATTRS
#include <linux/dma-mapping.h>

/*
 * Undoes: "net: enable driver support for netmem TX" (v6.16):
 * netmem_dma_unmap_addr_set() and netmem_dma_unmap_page_attrs().
 * Selected by: !HAVE_NETMEM_DMA_UNMAP_PAGE_ATTRS.
 * Upstream records address 0 for a net_iov (dma-buf) TX fragment and skips
 * unmapping it, because such an address does not come from the DMA API.
 * A kernel without this API has no devmem TX either: every TX fragment is a
 * page mapped with skb_frag_dma_map(), so the helpers are the plain page
 * ones (what the target's own drivers call).
 */
#define netmem_dma_unmap_addr_set(NETMEM, PTR, ADDR_NAME, VAL)	\
	do {							\
		(void)(NETMEM);					\
		dma_unmap_addr_set(PTR, ADDR_NAME, VAL);	\
	} while (0)

static inline void netmem_dma_unmap_page_attrs(struct device *dev,
					       dma_addr_t addr, size_t size,
					       enum dma_data_direction dir,
					       unsigned long attrs)
{
	dma_unmap_page_attrs(dev, addr, size, dir, attrs);
}
#endif /* !HAVE_NETMEM_DMA_UNMAP_PAGE_ATTRS */

#ifndef HAVE_PP_PAGE_TO_NMDESC
/*
 * Undoes: "netmem, mlx4: access ->pp_ref_count through netmem_desc
 * instead of page" (v6.17): the page pool fields (pp, pp_magic, dma_addr,
 * pp_ref_count), moved from struct page into struct netmem_desc, reached
 * from a page pool page with pp_page_to_nmdesc(). Selected by:
 * !HAVE_PP_PAGE_TO_NMDESC. Such a kernel keeps those fields in struct page
 * itself, so the page is its own descriptor: pp_page_to_nmdesc(page)->pp
 * reads page->pp, as the target's own drivers do.
 */
static inline struct page *rdmabp_pp_page_to_nmdesc(struct page *page)
{
	return page;
}
#define pp_page_to_nmdesc(page)	rdmabp_pp_page_to_nmdesc(page)
#endif /* !HAVE_PP_PAGE_TO_NMDESC */

#endif /* _RDMABP_NET_NETMEM_H */
