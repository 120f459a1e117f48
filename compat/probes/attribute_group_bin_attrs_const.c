// SPDX-License-Identifier: GPL-2.0
/*
 * attribute_group::bin_attrs lists const bin_attributes: "sysfs: treewide:
 * switch back to attribute_group::bin_attrs", v6.17 (in the '[GIT PULL]
 * Driver core changes for 6.17-rc1'; v6.13 to v6.16 had the const list as
 * bin_attrs_new).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: fb506e31b3d5, in driver-core-next after its 'Merge 6.16-rc3
 * into driver-core-next' (a kernel.org push notice of 2025-06-28) and
 * named in a linux-next conflict with the rdma tree: v6.17.
 */
#include <linux/sysfs.h>

static const struct bin_attribute *const rdmabp_probe_attrs[] = {
	NULL
};

const struct attribute_group rdmabp_probe_group = {
	.bin_attrs = rdmabp_probe_attrs,
};
