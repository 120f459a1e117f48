/* SPDX-License-Identifier: GPL-2.0 */
/* <net/page_pool/helpers.h> with the netmem allocator and stats of newer kernels. */
#ifndef _RDMABP_NET_PAGE_POOL_HELPERS_H
#define _RDMABP_NET_PAGE_POOL_HELPERS_H

#ifdef HAVE_PAGE_POOL_HELPERS_H
#include_next <net/page_pool/helpers.h>
#else
/*
 * Undoes: "page_pool: split types and declarations from page_pool.h"
 * (v6.6). Selected by: !HAVE_PAGE_POOL_HELPERS_H. Such a kernel declares
 * the whole page pool in <net/page_pool.h>.
 */
#include <net/page_pool.h>
#endif /* HAVE_PAGE_POOL_HELPERS_H */
#include <linux/poison.h>
#include <net/netmem.h>

#ifndef HAVE_NETMEM_REF
/*
 * Undoes: "page_pool: convert to use netmem" (v6.11) and "page_pool: unify
 * frag_count handling in page_pool_is_last_frag()" (v6.7): the netmem page
 * pool API (page_pool_fragment_netmem()/page_pool_unref_netmem()/
 * page_pool_put_unrefed_netmem(), the renames of
 * page_pool_fragment_page()/page_pool_defrag_page()/
 * page_pool_put_defragged_page()). Selected by: !HAVE_NETMEM_REF. A netmem_ref is a page on
 * such a kernel (<net/netmem.h>): each call is the page one, whose
 * fragment count (page->pp_frag_count) has the same meaning.
 */
static inline netmem_ref page_pool_alloc_netmems(struct page_pool *pool,
						 gfp_t gfp)
{
	return page_to_netmem(page_pool_alloc_pages(pool, gfp));
}

static inline dma_addr_t page_pool_get_dma_addr_netmem(netmem_ref netmem)
{
	return page_pool_get_dma_addr(netmem_to_page(netmem));
}

#ifdef HAVE_PAGE_POOL_FRAGMENT_PAGE
/*
 * A kernel before "page_pool: Refactor page_pool to enable fragmenting
 * after allocation" (v5.19, HAVE_PAGE_POOL_FRAGMENT_PAGE) keeps no
 * fragment count in a page (5.10): there is nothing to map these three
 * to. mlx5e, their one user here, counts its fragments in the page's
 * references on such a kernel (patches/quilt/mlx5e-page-pool-frags-as-page-refs.patch).
 */
static inline void page_pool_fragment_netmem(netmem_ref netmem, long nr)
{
	page_pool_fragment_page(netmem_to_page(netmem), nr);
}

static inline long page_pool_unref_netmem(netmem_ref netmem, long nr)
{
	return page_pool_defrag_page(netmem_to_page(netmem), nr);
}

static inline void page_pool_put_unrefed_netmem(struct page_pool *pool,
						netmem_ref netmem,
						unsigned int dma_sync_size,
						bool allow_direct)
{
	page_pool_put_defragged_page(pool, netmem_to_page(netmem),
				     dma_sync_size, allow_direct);
}
#endif /* HAVE_PAGE_POOL_FRAGMENT_PAGE */

static inline void page_pool_put_full_netmem(struct page_pool *pool,
					     netmem_ref netmem,
					     bool allow_direct)
{
	page_pool_put_full_page(pool, netmem_to_page(netmem), allow_direct);
}

/*
 * Undoes: page_pool_page_is_pp() (v6.16). The test the target's own
 * skb_pp_recycle() path makes: a page pool page carries PP_SIGNATURE in
 * pp_magic. A kernel before "page_pool: Allow drivers to hint on SKB
 * recycling" (v5.14, HAVE_SKB_MARK_FOR_RECYCLE) has no pp_magic (5.10): no
 * page says it is a page pool's, and the stack never gives one back.
 */
#ifdef HAVE_SKB_MARK_FOR_RECYCLE
static inline bool page_pool_page_is_pp(const struct page *page)
{
	return (page->pp_magic & ~0x3UL) == PP_SIGNATURE;
}
#endif /* HAVE_SKB_MARK_FOR_RECYCLE */

/*
 * Undoes: PP_FLAG_ALLOW_UNREADABLE_NETMEM (devmem TCP, v6.12). Without
 * netmem there is no unreadable memory: nothing to allow.
 */
#define PP_FLAG_ALLOW_UNREADABLE_NETMEM 0
#endif /* !HAVE_NETMEM_REF */


#ifndef HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS
/*
 * Undoes: "page_pool: Add page_pool_dev_alloc_netmems helper" (v6.17): the
 * netmem counterpart of page_pool_dev_alloc_pages(). Selected by: !HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS. The target
 * exports page_pool_alloc_netmems(); this is its atomic, no-warning call.
 */
static inline netmem_ref page_pool_dev_alloc_netmems(struct page_pool *pool)
{
	return page_pool_alloc_netmems(pool, GFP_ATOMIC | __GFP_NOWARN);
}
#endif /* !HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS */

#ifndef CONFIG_PAGE_POOL_STATS
/*
 * Undoes: nothing upstream; 7.2's mlx5e selects PAGE_POOL_STATS in its
 * Kconfig and so calls page_pool_get_stats() without an #ifdef, but an
 * out-of-tree module cannot select a kernel option. Selected by: the
 * target's !CONFIG_PAGE_POOL_STATS (Debian's 6.12 leaves it unset). Such a
 * kernel counts nothing per pool and neither declares the stats types nor
 * exports page_pool_get_stats(): the types are given here and the stats
 * stay as the caller initialised them (zero), so mlx5e's rx_pp_* ethtool
 * counters read 0 on such a kernel.
 */
struct page_pool_alloc_stats {
	u64 fast;
	u64 slow;
	u64 slow_high_order;
	u64 empty;
	u64 refill;
	u64 waive;
};

struct page_pool_recycle_stats {
	u64 cached;
	u64 cache_full;
	u64 ring;
	u64 ring_full;
	u64 released_refcnt;
};

struct page_pool_stats {
	struct page_pool_alloc_stats alloc_stats;
	struct page_pool_recycle_stats recycle_stats;
};

static inline void page_pool_get_stats(const struct page_pool *pool,
				       struct page_pool_stats *stats)
{
}
#endif /* !CONFIG_PAGE_POOL_STATS */

#endif /* _RDMABP_NET_PAGE_POOL_HELPERS_H */
