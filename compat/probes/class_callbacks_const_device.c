// SPDX-License-Identifier: GPL-2.0
/*
 * struct class callbacks that take a const struct device *: "driver core:
 * make struct class.devnode() take a const *" and "driver core: make
 * struct class.dev_uevent() take a const *" (v6.2); the namespace callback
 * took a const device in the same release ("driver core: class: make
 * namespace callback take a const *", not checked here: its return type
 * changed again in v6.19).
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: ff62b8e6588f and 23680f0b7d7f, in driver-core's linux-next of
 * 2022-11-25 (6.2 cycle).
 */
#include <linux/device.h>

static char *rdmabp_probe_devnode(const struct device *dev, umode_t *mode)
{
	return NULL;
}

static int rdmabp_probe_uevent(const struct device *dev, struct kobj_uevent_env *env)
{
	return 0;
}

struct class rdmabp_probe_class = {
	.devnode = rdmabp_probe_devnode,
	.dev_uevent = rdmabp_probe_uevent,
};
