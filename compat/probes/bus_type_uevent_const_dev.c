// SPDX-License-Identifier: GPL-2.0
/*
 * bus_type.uevent() gets a const device: "driver core: make struct bus_type.uevent() take a const *", v6.3
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 2a81ada32f0e, in driver-core pushes with the kset_uevent_ops
 * const change (January 2023); release not read in a pull request.
 */
#include <linux/device.h>

static int rdmabp_probe_uevent(const struct device *dev, struct kobj_uevent_env *env)
{
	return 0;
}

struct bus_type rdmabp_probe = {
	.uevent = rdmabp_probe_uevent,
};
