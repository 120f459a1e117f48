// SPDX-License-Identifier: GPL-2.0
/*
 * SKB_GSO_TCP_FIXEDID_INNER: "net: gso: restore ids of outer ip headers
 * correctly" (v6.18), which split the fixed-ID GSO flag into an outer and
 * an inner one.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/skbuff.h>

unsigned int rdmabp_probe(void)
{
	return SKB_GSO_TCP_FIXEDID_INNER;
}
