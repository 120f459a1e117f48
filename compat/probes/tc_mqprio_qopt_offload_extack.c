// SPDX-License-Identifier: GPL-2.0
/*
 * tc_mqprio_qopt_offload::extack: "net/sched: mqprio: add extack to
 * mqprio offload" (v6.4); absent in 6.1.192, present in 6.12.117.
 */
#include <net/pkt_sched.h>

struct netlink_ext_ack *rdmabp_probe(struct tc_mqprio_qopt_offload *mqprio)
{
	return mqprio->extack;
}
