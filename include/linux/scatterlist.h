/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/scatterlist.h> with the append table of newer kernels. */
#ifndef _RDMABP_LINUX_SCATTERLIST_H
#define _RDMABP_LINUX_SCATTERLIST_H

#include_next <linux/scatterlist.h>

#ifndef HAVE_SG_APPEND_TABLE
/*
 * Undoes: "lib/scatterlist: Fix wrong update of orig_nents" (v5.15), which
 * brought struct sg_append_table, sg_alloc_append_table_from_pages() and
 * sg_free_append_table(). Selected by: !HAVE_SG_APPEND_TABLE.
 * Such a kernel (5.10) appends with __sg_alloc_table_from_pages(), which
 * takes the last populated entry and keeps the number of allocated entries
 * in orig_nents, the populated ones in nents. The newer API says
 * orig_nents is the populated count (dma_map_sgtable() and
 * for_each_sgtable_sg() walk that many) and keeps the allocated count
 * apart, in total_nents, for freeing: the calls below switch between the
 * two around the kernel's own.
 */
struct sg_append_table {
	struct sg_table sgt;		/* The scatter list table */
	struct scatterlist *prv;	/* last populated sge in the table */
	unsigned int total_nents;	/* Total entries in the table */
};

static inline int sg_alloc_append_table_from_pages(struct sg_append_table *sgt_append,
						   struct page **pages,
						   unsigned int n_pages,
						   unsigned int offset,
						   unsigned long size,
						   unsigned int max_segment,
						   unsigned int left_pages,
						   gfp_t gfp_mask)
{
	struct sg_table *sgt = &sgt_append->sgt;
	struct scatterlist *last;

	if (sgt_append->prv)
		sgt->orig_nents = sgt_append->total_nents;
	last = __sg_alloc_table_from_pages(sgt, pages, n_pages, offset, size,
					   max_segment, sgt_append->prv,
					   left_pages, gfp_mask);
	/* What was allocated is freed, also after a failure. */
	sgt_append->total_nents = sgt->orig_nents;
	sgt->orig_nents = sgt->nents;
	if (IS_ERR(last))
		return PTR_ERR(last);
	sgt_append->prv = last;
	return 0;
}

static inline void sg_free_append_table(struct sg_append_table *sgt_append)
{
	sgt_append->sgt.orig_nents = sgt_append->total_nents;
	sg_free_table(&sgt_append->sgt);
}
#endif /* !HAVE_SG_APPEND_TABLE */

#endif /* _RDMABP_LINUX_SCATTERLIST_H */
