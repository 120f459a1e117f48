// SPDX-License-Identifier: GPL-2.0
/*
 * register_net_sysctl_sz(): "sysctl: Add size to register_net_sysctl
 * function", v6.6
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: the sysctl size series of June 2023; release not read in a pull
 * request.
 */
#include <net/net_namespace.h>

struct ctl_table_header *rdmabp_probe(struct net *net, struct ctl_table *t)
{
	return register_net_sysctl_sz(net, "rdmabp", t, 1);
}
