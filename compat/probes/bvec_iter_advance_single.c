// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_iter_advance_single(): "block: optimise for_each_bvec() advance",
 * v5.11 (written v5.12 here before).
 * Checked: 6b6667aa4d1e, posted as [PATCH 5.11] on 2020-11-24 and applied
 * to the block tree's for-5.11 branch (next to the nvme-5.11 merge).
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/bvec.h>

void rdmabp_probe(const struct bio_vec *bv, struct bvec_iter *iter)
{
	bvec_iter_advance_single(bv, iter, 1);
}
