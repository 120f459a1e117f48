// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_set_page(): "block: add a bvec_set_page helper", v6.4 (absent in
 * Debian's 5.10.0-46, carried by its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/bvec.h>

void rdmabp_probe(struct bio_vec *bv, struct page *page)
{
	bvec_set_page(bv, page, PAGE_SIZE, 0);
}
