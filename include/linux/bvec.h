/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/bvec.h> with the physical address helper of newer kernels. */
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

#endif /* _RDMABP_LINUX_BVEC_H */
