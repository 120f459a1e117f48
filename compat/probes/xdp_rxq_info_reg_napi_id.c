// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_rxq_info_reg() taking the queue's NAPI id (for AF_XDP busy
 * polling): "xsk: Propagate napi_id to XDP socket Rx path", v5.11.
 * Checked: b02e5a0ebb17, the sixth of Björn Töpel's busy-poll series
 * (bpf-next, 2020-11/12; net-next's push logs list it after "xsk: Add
 * busy-poll support for {recv,send}msg()"), before v5.10 (2020-12-13):
 * v5.11, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/xdp.h>

int rdmabp_probe(struct xdp_rxq_info *rxq, struct net_device *dev)
{
	return xdp_rxq_info_reg(rxq, dev, 0, 0);
}
