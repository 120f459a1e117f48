// SPDX-License-Identifier: GPL-2.0
/*
 * napi_schedule() returns whether it scheduled: "netdev: make napi_schedule
 * return bool on NAPI successful schedule", v6.7 (written with a netdevice:
 * prefix here before).
 * Checked: 0a779003213b, net-next v3 of 2023-10-09.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

bool rdmabp_probe(struct napi_struct *n)
{
	return napi_schedule(n);
}
