// SPDX-License-Identifier: GPL-2.0
/*
 * to_ns_common(): "nsproxy: add helper to go from arbitrary namespace to
 * ns_common", v6.11 (<linux/nsproxy.h>; <linux/ns_common.h> since the
 * namespace rework of v6.18)
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 85e4daaeb70b, the VFS pidfs namespace series.
 */
#include <linux/ns_common.h>
#include <linux/nsproxy.h>
#include <net/net_namespace.h>

struct ns_common *rdmabp_probe(struct net *net)
{
	return to_ns_common(net);
}
