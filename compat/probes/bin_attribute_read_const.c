// SPDX-License-Identifier: GPL-2.0
/*
 * bin_attribute::read() takes a const struct bin_attribute: "sysfs:
 * treewide: switch back to bin_attribute::read()/write()", v6.17 (in the
 * '[GIT PULL] Driver core changes for 6.17-rc1'; v6.13 to v6.16 had the
 * const callback as read_new()).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 2fbe82037ab2, in the same driver-core-next log as its sibling
 * fb506e31b3d5 (after 6.16-rc3): v6.17.
 */
#include <linux/sysfs.h>

static ssize_t rdmabp_probe_read(struct file *filp, struct kobject *kobj,
				 const struct bin_attribute *attr, char *buf,
				 loff_t pos, size_t count)
{
	return 0;
}

const struct bin_attribute rdmabp_probe_attr = {
	.read = rdmabp_probe_read,
};
