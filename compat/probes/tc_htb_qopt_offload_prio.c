// SPDX-License-Identifier: GPL-2.0
/*
 * struct tc_htb_qopt_offload's prio and quantum: "sch_htb: Allow HTB
 * priority parameter in offload mode", v6.5 (the quantum came with "sch_htb:
 * Allow HTB quantum parameter in offload mode", v6.6).
 * Absent in 6.1.192, present in 6.12.118.
 * Checked: 12e7789ad5b4, net-next v10 of 2023-05-13 applied (patchwork
 * bot's reply), in the v6.4-rc cycle: v6.5 (inferred); 9fe63d5f1da9, first
 * posted 2023-06-22, its V4 applied to net-next (patchwork bot's reply)
 * after the v6.5 merge window had opened: v6.6 (inferred). v6.2, written
 * here before for both, was wrong.
 */
#include <net/pkt_cls.h>

u32 rdmabp_probe(struct tc_htb_qopt_offload *htb_qopt)
{
	return htb_qopt->prio + htb_qopt->quantum;
}
