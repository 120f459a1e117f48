// SPDX-License-Identifier: GPL-2.0
/*
 * The addrs group of struct vlan_ethhdr (h_dest and h_source together):
 * "net/mlx5e: Use struct_group() for memcpy() region", v5.17.
 * Checked: net 17/18 of Saeed Mahameed's fixes pull (posted 2022-02-01,
 * Kees Cook's patch), during v5.17-rc: v5.17, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/if_vlan.h>

void *rdmabp_probe(struct vlan_ethhdr *vhdr)
{
	return &vhdr->addrs;
}
