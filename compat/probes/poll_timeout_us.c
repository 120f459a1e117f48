// SPDX-License-Identifier: GPL-2.0
/*
 * "iopoll: Generalize read_poll_timeout() into poll_timeout_us()", v6.18
 * (written v6.17 here before).
 * Checked: 9df8043a546d, v2 posted 2025-08-26, listed as a cross-subsystem
 * change of drm-intel-next-2025-09-05, a pull for the v6.18 merge window.
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/iopoll.h>

int rdmabp_probe(int *v)
{
	return poll_timeout_us(, *v, 0, 1, false);
}
