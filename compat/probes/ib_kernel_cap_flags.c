// SPDX-License-Identifier: GPL-2.0
/*
 * struct ib_device_attr's kernel_cap_flags and the IBK_* flags, the
 * device capabilities only the kernel uses (SG gaps, integrity handover,
 * on-demand paging, ...) moved out of device_cap_flags: "RDMA: Split
 * kernel-only global device caps from uverbs device caps", v5.19. Of the
 * target's own <rdma/ib_verbs.h>: its in-tree RDMA users (rpcrdma,
 * nvme-rdma, ...) are written against it.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: e945c653c8e9, pushed to the rdma tree's for-next in April 2022
 * (its git-receive-pack notices), after v5.18-rc1: v5.19.
 */
#include <rdma/ib_verbs.h>

u32 rdmabp_probe(const struct ib_device_attr *attr)
{
	return attr->kernel_cap_flags & IBK_SG_GAPS_REG;
}
