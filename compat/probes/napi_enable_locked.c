// SPDX-License-Identifier: GPL-2.0
/*
 * "net: add napi_enable_locked() and napi_disable_locked()" (netdev instance lock series), v6.15
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	napi_enable_locked(n);
	napi_disable_locked(n);
}
