// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_set_page(): "block: factor out a bvec_set_page helper", v6.3
 * (subject and release written here before, block: add a bvec_set_page
 * helper and v6.4, were wrong). Absent in Debian's 5.10.0-46, carried by
 * its 6.1.0-57.
 * Checked: d58cdfae6a22, listed in '[GIT PULL for-6.3] Block updates for
 * 6.3' of 2023-02-16.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/bvec.h>

void rdmabp_probe(struct bio_vec *bv, struct page *page)
{
	bvec_set_page(bv, page, PAGE_SIZE, 0);
}
