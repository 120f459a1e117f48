/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/dim.h> with the by-reference net_dim() of newer kernels. */
#ifndef _RDMABP_LINUX_DIM_H
#define _RDMABP_LINUX_DIM_H

#include_next <linux/dim.h>

#ifndef HAVE_NET_DIM_SAMPLE_PTR
/*
 * Undoes: "dim: pass dim_sample to net_dim() by reference" (v6.13): net_dim()
 * taking its end sample as a const pointer instead of by value. Selected by:
 * !HAVE_NET_DIM_SAMPLE_PTR. The target's net_dim() gets a copy of the
 * sample; the algorithm is the same.
 */
static inline void rdmabp_net_dim(struct dim *dim,
				  const struct dim_sample *end_sample)
{
	(net_dim)(dim, *end_sample);
}
#define net_dim(dim, end_sample)	rdmabp_net_dim(dim, end_sample)
#endif /* !HAVE_NET_DIM_SAMPLE_PTR */

#endif /* _RDMABP_LINUX_DIM_H */
