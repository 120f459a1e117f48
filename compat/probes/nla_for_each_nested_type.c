// SPDX-License-Identifier: GPL-2.0
/*
 * nla_for_each_nested_type(): "netlink: introduce type-checking attribute
 * iteration" (v6.10; the subject written here before had for nested
 * attributes appended and the release v6.11); absent in 6.1.192, present in
 * 6.12.117.
 * Checked: e8058a49e67f, in net-next's log next to the for-net-2024-03-29
 * and kunit-fixes-6.9-rc2 merges, in the v6.9 cycle; the release is
 * inferred from that.
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
