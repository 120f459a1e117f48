// SPDX-License-Identifier: GPL-2.0
/*
 * __xdp_rxq_info_reg() with the fragment size of XDP multi-buffer:
 * "bpf: add frags support to the bpf_xdp_adjust_tail() API", v5.18.
 * Checked: v23 bpf-next 12/23 of Lorenzo Bianconi's XDP multi-buffer
 * series (posted 2022-01-21; Eelco Chaudron's patch), before v5.17
 * (2022-03-20): v5.18, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/xdp.h>

int rdmabp_probe(struct xdp_rxq_info *rxq, struct net_device *dev)
{
	return __xdp_rxq_info_reg(rxq, dev, 0, 0, PAGE_SIZE);
}
