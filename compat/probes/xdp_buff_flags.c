// SPDX-License-Identifier: GPL-2.0
/*
 * Multi-buffer XDP, the xdp_buff flags word: "xdp: introduce flags field in
 * xdp_buff/xdp_frame", v5.18 (absent in Debian's 5.10.0-46, present in its
 * 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: the multi-buffer XDP series (bpf-next, v9 of June 2021, merged
 * in January 2022); release not read in a pull request.
 */
#include <net/xdp.h>

u32 rdmabp_probe(const struct xdp_buff *xdp)
{
	return xdp->flags & XDP_FLAGS_FRAGS_PF_MEMALLOC;
}
