// SPDX-License-Identifier: GPL-2.0
/*
 * net_dim(dim, const struct dim_sample *): the sample passed by reference
 * instead of by value: "dim: pass dim_sample to net_dim() by reference", v6.13
 * (posted 2024-10-30, in the v6.12 cycle; the release is inferred from that
 * date).
 * Absent in 6.12.117, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 61bf0009a765, listed in '[GIT PULL] Networking for v6.13':
 * v6.13.
 */
#include <linux/dim.h>

void rdmabp_probe(struct dim *dim, const struct dim_sample *sample)
{
	net_dim(dim, sample);
}
