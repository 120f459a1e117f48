// SPDX-License-Identifier: GPL-2.0
/* to_net_ns(): "ns: use ns_common in kobject namespaces", v6.19 */
#include <net/net_namespace.h>

struct net *rdmabp_probe(struct ns_common *ns)
{
	return to_net_ns(ns);
}
