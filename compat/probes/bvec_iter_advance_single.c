// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_iter_advance_single(): "block: optimise for_each_bvec() advance",
 * v5.12 (absent in Debian's 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/bvec.h>

void rdmabp_probe(const struct bio_vec *bv, struct bvec_iter *iter)
{
	bvec_iter_advance_single(bv, iter, 1);
}
