/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/bvec.h> with the segment helpers of newer kernels. */
#ifndef _RDMABP_LINUX_BVEC_H
#define _RDMABP_LINUX_BVEC_H

#include_next <linux/bvec.h>

#ifndef HAVE_BVEC_PHYS
/*
 * Undoes: "block: add a bvec_phys helper" (v6.11).
 * Selected by: !HAVE_BVEC_PHYS. The physical address of a segment's first
 * byte, as upstream computes it.
 */
static inline phys_addr_t bvec_phys(const struct bio_vec *bvec)
{
	return PFN_PHYS(page_to_pfn(bvec->bv_page)) + bvec->bv_offset;
}
#endif /* !HAVE_BVEC_PHYS */

#ifndef HAVE_BVEC_VIRT
/*
 * Undoes: "bvec: add a bvec_virt helper" (v5.15).
 * Selected by: !HAVE_BVEC_VIRT. The kernel address of a segment's first
 * byte, as upstream computes it (the page must not be in highmem).
 */
static inline void *bvec_virt(struct bio_vec *bvec)
{
	WARN_ON_ONCE(PageHighMem(bvec->bv_page));
	return page_address(bvec->bv_page) + bvec->bv_offset;
}
#endif /* !HAVE_BVEC_VIRT */

#ifndef HAVE_BVEC_ITER_ADVANCE_SINGLE
/*
 * Undoes: "block: optimise for_each_bvec() advance" (v5.11), which added
 * bvec_iter_advance_single(). Selected by: !HAVE_BVEC_ITER_ADVANCE_SINGLE.
 * Advances @iter by @bytes within the current segment, as upstream does:
 * the caller never crosses a segment boundary with one call.
 */
static inline void bvec_iter_advance_single(const struct bio_vec *bv,
					    struct bvec_iter *iter,
					    unsigned int bytes)
{
	unsigned int done = iter->bi_bvec_done + bytes;

	if (done == bv[iter->bi_idx].bv_len) {
		done = 0;
		iter->bi_idx++;
	}
	iter->bi_bvec_done = done;
	iter->bi_size -= bytes;
}
#endif /* !HAVE_BVEC_ITER_ADVANCE_SINGLE */

#ifndef HAVE_BVEC_SET_PAGE
/*
 * Undoes: "block: factor out a bvec_set_page helper" (v6.3; carried by Debian's
 * 6.1.0-57, absent in 5.10.0-46). Selected by: !HAVE_BVEC_SET_PAGE.
 */
static inline void bvec_set_page(struct bio_vec *bv, struct page *page,
				 unsigned int len, unsigned int offset)
{
	bv->bv_page = page;
	bv->bv_len = len;
	bv->bv_offset = offset;
}
#endif /* !HAVE_BVEC_SET_PAGE */

#endif /* _RDMABP_LINUX_BVEC_H */
