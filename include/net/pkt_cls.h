/* SPDX-License-Identifier: GPL-2.0 */
/* <net/pkt_cls.h> with the offload types of newer kernels. */
#ifndef _RDMABP_NET_PKT_CLS_H
#define _RDMABP_NET_PKT_CLS_H

#include_next <net/pkt_cls.h>

#ifndef HAVE_TC_HTB_QOPT_OFFLOAD
/*
 * Undoes: "sch_htb: Hierarchical QoS hardware offload" (v5.12).
 * Selected by: !HAVE_TC_HTB_QOPT_OFFLOAD. Such a kernel's sch_htb never
 * offloads (there is no TC_SETUP_QDISC_HTB to ask a driver with): the
 * types, as 7.2.13 has them, so that a driver's HTB code compiles; the
 * request that would reach it is left out
 * (patches/quilt/mlx5e-no-htb-offload.patch).
 */
enum tc_htb_command {
	TC_HTB_CREATE,
	TC_HTB_DESTROY,
	TC_HTB_LEAF_ALLOC_QUEUE,
	TC_HTB_LEAF_TO_INNER,
	TC_HTB_LEAF_DEL,
	TC_HTB_LEAF_DEL_LAST,
	TC_HTB_LEAF_DEL_LAST_FORCE,
	TC_HTB_NODE_MODIFY,
	TC_HTB_LEAF_QUERY_QUEUE,
};

struct tc_htb_qopt_offload {
	struct netlink_ext_ack *extack;
	enum tc_htb_command command;
	u32 parent_classid;
	u16 classid;
	u16 qid;
	u32 quantum;
	u64 rate;
	u64 ceil;
	u8 prio;
};

#define TC_HTB_CLASSID_ROOT U32_MAX
#endif /* !HAVE_TC_HTB_QOPT_OFFLOAD */

#endif /* _RDMABP_NET_PKT_CLS_H */
