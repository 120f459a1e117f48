// SPDX-License-Identifier: GPL-2.0
/*
 * SKB_GSO_TCP_FIXEDID_INNER: "net: gso: restore ids of outer ip headers
 * correctly", v6.18 at the earliest, which split the fixed-ID GSO flag into
 * an outer and an inner one.
 * Checked: 3271f19bf7b9, net-next v8 posted 2025-09-23, five days before
 * v6.17 was released; whether it was applied before (v6.18) or after
 * (v6.19) is not established here.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/skbuff.h>

unsigned int rdmabp_probe(void)
{
	return SKB_GSO_TCP_FIXEDID_INNER;
}
