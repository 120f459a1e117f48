// SPDX-License-Identifier: GPL-2.0
/*
 * HTB offload to a driver (TC_SETUP_QDISC_HTB, struct
 * tc_htb_qopt_offload): "sch_htb: Hierarchical QoS hardware offload",
 * v5.12.
 * Checked: d03b195b5aa0 (authored 2021-01-19; net-next's push log lists
 * it with "net/mlx5e: Support HTB offload"; later Fixes: tags name it),
 * before v5.11 (2021-02-14): v5.12, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/netdevice.h>
#include <net/pkt_cls.h>

int rdmabp_probe(struct tc_htb_qopt_offload *qopt)
{
	return qopt->command == TC_HTB_CREATE ? TC_SETUP_QDISC_HTB : 0;
}
