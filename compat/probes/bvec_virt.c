// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_virt(): "bvec: add a bvec_virt helper", v5.15 (absent in Debian's
 * 5.10.0-46, present in its 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 1113f0b69c6a, posted 2021-08-04 for the block tree (5.15 cycle).
 */
#include <linux/bvec.h>

void *rdmabp_probe(struct bio_vec *bvec)
{
	return bvec_virt(bvec);
}
