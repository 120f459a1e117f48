// SPDX-License-Identifier: GPL-2.0
/*
 * ip_route_output() with the flow's scope: "ipv4: Set scope explicitly in
 * ip_route_output().", v6.10.
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: ec20b2830093, net-next patch of 2024-04-05 applied (patchwork
 * bot's reply) and listed in the networking pull that also carries v6.10's
 * 'net: create a dummy net_device allocator': v6.10, not v6.6 as written
 * here before.
 */
#include <net/route.h>

struct rtable *rdmabp_probe(struct net *net)
{
	return ip_route_output(net, 0, 0, 0, 0, RT_SCOPE_UNIVERSE);
}
