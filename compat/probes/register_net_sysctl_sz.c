// SPDX-License-Identifier: GPL-2.0
/*
 * register_net_sysctl_sz(): "sysctl: Add size to register_net_sysctl
 * function", v6.6 (register_net_sysctl() becomes a macro passing
 * ARRAY_SIZE(table); the tables lose their empty sentinel entry later)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <net/net_namespace.h>

static struct ctl_table rdmabp_table[1];

struct ctl_table_header *rdmabp_probe(struct net *net)
{
	return register_net_sysctl_sz(net, "rdmabp", rdmabp_table,
				      ARRAY_SIZE(rdmabp_table));
}
