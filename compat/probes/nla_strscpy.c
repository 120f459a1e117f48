// SPDX-License-Identifier: GPL-2.0
/*
 * nla_strscpy(): "treewide: rename nla_strlcpy to nla_strscpy.", v5.11
 * (written with a net: prefix here before). Absent in Debian's 5.10.0-46,
 * present in its 6.1.0-57.
 * Checked: 872f69034194, named so in linux-next merge reports of the
 * net-next tree (November 2020).
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <net/netlink.h>

ssize_t rdmabp_probe(char *dst, const struct nlattr *nla)
{
	return nla_strscpy(dst, nla, 16);
}
