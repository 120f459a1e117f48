// SPDX-License-Identifier: GPL-2.0
/*
 * tc_mqprio_qopt_offload::extack: "net/sched: pass netlink extack to mqprio
 * and taprio offload" (v6.4; the subject written here before, net/sched:
 * mqprio: add extack to mqprio offload, matches no patch found); absent in
 * 6.1.192, present in 6.12.117.
 * Checked: c54876cd5961, net-next v5 of 2023-04-11, applied for v6.4.
 */
#include <net/pkt_sched.h>

struct netlink_ext_ack *rdmabp_probe(struct tc_mqprio_qopt_offload *mqprio)
{
	return mqprio->extack;
}
