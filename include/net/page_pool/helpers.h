/* SPDX-License-Identifier: GPL-2.0 */
/* <net/page_pool/helpers.h> with the netmem allocator and stats of newer kernels. */
#ifndef _RDMABP_NET_PAGE_POOL_HELPERS_H
#define _RDMABP_NET_PAGE_POOL_HELPERS_H

#include_next <net/page_pool/helpers.h>

#ifndef HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS
/*
 * Undoes: page_pool_dev_alloc_netmems(), the netmem counterpart of
 * page_pool_dev_alloc_pages() (after v6.12; absent in 6.12.117, present in
 * 7.2.13). Selected by: !HAVE_PAGE_POOL_DEV_ALLOC_NETMEMS. The target
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
