// SPDX-License-Identifier: GPL-2.0
/*
 * netdevice_tracker: "net: add net device refcount tracker
 * infrastructure", v5.17 (absent in Debian's 5.10.0-46, present in its
 * 6.1.0-57)
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: 4d92b95ff2f9, net-next v3 of 2021-12-04, before v5.16
 * (2022-01-09): v5.17 consistent.
 */
#include <linux/netdevice.h>

int rdmabp_probe(netdevice_tracker *tracker)
{
	return sizeof(*tracker);
}
