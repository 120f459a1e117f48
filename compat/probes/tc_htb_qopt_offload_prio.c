// SPDX-License-Identifier: GPL-2.0
/*
 * struct tc_htb_qopt_offload's prio and quantum: "sch_htb: Allow HTB
 * priority parameter in offload mode", v6.2 (the quantum came with "sch_htb:
 * Allow HTB quantum parameter in offload mode", v6.2).
 * Absent in 6.1.192, present in 6.12.118.
 */
#include <net/pkt_cls.h>

u32 rdmabp_probe(struct tc_htb_qopt_offload *htb_qopt)
{
	return htb_qopt->prio + htb_qopt->quantum;
}
