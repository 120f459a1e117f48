// SPDX-License-Identifier: GPL-2.0
/* netif_napi_set_irq_locked(): netdev instance lock series; absent in 6.12.117, present in 7.2.13 */
#include <linux/netdevice.h>

void rdmabp_probe(struct napi_struct *n)
{
	netif_napi_set_irq_locked(n, 0);
}
