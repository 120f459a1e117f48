// SPDX-License-Identifier: GPL-2.0
/*
 * nla_for_each_nested_type(): "netlink: introduce type-checking attribute
 * iteration for nested attributes" (v6.11); absent in 6.1.192, present in
 * 6.12.117.
 */
#include <net/netlink.h>

int rdmabp_probe(const struct nlattr *nla)
{
	struct nlattr *pos;
	int rem, n = 0;

	nla_for_each_nested_type(pos, 1, nla, rem)
		n++;
	return n;
}
