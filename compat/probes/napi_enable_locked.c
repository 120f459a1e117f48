// SPDX-License-Identifier: GPL-2.0
/* "net: add napi_enable_locked() and napi_disable_locked()" (netdev instance lock series), v6.15 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	napi_enable_locked(n);
	napi_disable_locked(n);
}
