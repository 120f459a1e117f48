// SPDX-License-Identifier: GPL-2.0
/*
 * net_dim(dim, const struct dim_sample *): the sample passed by reference
 * instead of by value (after v6.12; absent in 6.12.117, present in 7.2.13).
 */
#include <linux/dim.h>

void rdmabp_probe(struct dim *dim, const struct dim_sample *sample)
{
	net_dim(dim, sample);
}
