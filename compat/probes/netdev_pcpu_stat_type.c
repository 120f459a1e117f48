// SPDX-License-Identifier: GPL-2.0
/*
 * net_device::pcpu_stat_type, the per-CPU statistics the core allocates
 * and frees for a driver: "net: Move {l,t,d}stats allocation to core and
 * convert veth & vrf", v6.7.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe;
 * a stable backport there).
 * Checked: 34d21de99cea, listed in shortlogs after 'Linux 6.7-rc2' (posted
 * to bpf as 2/8 of Daniel Borkmann's series on 2023-11-12): v6.7.
 */
#include <linux/netdevice.h>

void rdmabp_probe(struct net_device *dev)
{
	dev->pcpu_stat_type = NETDEV_PCPU_STAT_TSTATS;
}
