// SPDX-License-Identifier: GPL-2.0
/*
 * bvec_phys(): "block: add a bvec_phys helper", v6.11
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 25f76c3db2f0, applied by the block maintainer 2024-07-05 (after
 * v6.10-rc7).
 */
#include <linux/bvec.h>

phys_addr_t rdmabp_probe(const struct bio_vec *bvec)
{
	return bvec_phys(bvec);
}
