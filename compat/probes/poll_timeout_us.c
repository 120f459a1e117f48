// SPDX-License-Identifier: GPL-2.0
/*
 * "iopoll: Generalize read_poll_timeout() into poll_timeout_us()", v6.17
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/iopoll.h>

int rdmabp_probe(int *v)
{
	return poll_timeout_us(, *v, 0, 1, false);
}
