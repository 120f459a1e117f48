// SPDX-License-Identifier: GPL-2.0
/*
 * bpf_warn_invalid_xdp_action() told the device and the program: "bpf: Do
 * not WARN in bpf_warn_invalid_xdp_action()", v5.17.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: v3 net-next 1/2 of 2021-11-30 (Paolo Abeni), listed in a bpf-next
 * pull with its follow-up 'bpf: Let bpf_warn_invalid_xdp_action() report
 * more info'; after v5.16-rc1: v5.17, inferred from that date.
 */
#include <linux/filter.h>

void rdmabp_probe(struct net_device *dev, struct bpf_prog *prog)
{
	bpf_warn_invalid_xdp_action(dev, prog, 0);
}
