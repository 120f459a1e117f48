// SPDX-License-Identifier: GPL-2.0
/*
 * ip_route_output() with the flow's scope: "ipv4: Set scope explicitly in
 * ip_route_output().", v6.6.
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <net/route.h>

struct rtable *rdmabp_probe(struct net *net)
{
	return ip_route_output(net, 0, 0, 0, 0, RT_SCOPE_UNIVERSE);
}
