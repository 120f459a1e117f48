// SPDX-License-Identifier: GPL-2.0
/*
 * page_pool_params::netdev (with ::napi and ::queue_idx before it in
 * 6.12): "net: page_pool: record pools per netdev" (v6.8), and ::napi of
 * "page_pool: allow direct recycling from NAPI" (v6.5); absent in
 * 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 083772c9f972, net-next v3 of November 2023; the second subject
 * was not found in the stored patch mails and commit lists searched and
 * stays unverified.
 */
#include <net/page_pool/types.h>

void rdmabp_probe(struct page_pool_params *pp, struct net_device *dev,
		  struct napi_struct *napi)
{
	pp->netdev = dev;
	pp->napi = napi;
	pp->queue_idx = 0;
}
