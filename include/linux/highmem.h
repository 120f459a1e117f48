/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/highmem.h> with the local mappings of newer kernels. */
#ifndef _RDMABP_LINUX_HIGHMEM_H
#define _RDMABP_LINUX_HIGHMEM_H

#include_next <linux/highmem.h>

#ifndef HAVE_KMAP_LOCAL_PAGE
/*
 * Undoes: "mm/highmem: Provide kmap_local*" (v5.11).
 * Selected by: !HAVE_KMAP_LOCAL_PAGE. Without highmem a page is always
 * mapped: the local mapping is its address, as upstream has it. With
 * highmem the atomic mapping stands in: it also is valid in any context
 * and released in reverse order, and forbids more (sleeping), never less.
 */
#ifdef CONFIG_HIGHMEM
#define kmap_local_page(page)	kmap_atomic(page)
#define kunmap_local(addr)	kunmap_atomic(addr)
#else
static inline void *kmap_local_page(struct page *page)
{
	return page_address(page);
}

static inline void kunmap_local(const void *addr)
{
}
#endif /* CONFIG_HIGHMEM */
#endif /* !HAVE_KMAP_LOCAL_PAGE */

#endif /* _RDMABP_LINUX_HIGHMEM_H */
