// SPDX-License-Identifier: GPL-2.0
/*
 * netdevice_tracker: "net: add net device refcount tracker
 * infrastructure", v5.17 (absent in Debian's 5.10.0-46, present in its
 * 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

int rdmabp_probe(netdevice_tracker *tracker)
{
	return sizeof(*tracker);
}
