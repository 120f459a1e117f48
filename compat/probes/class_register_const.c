// SPDX-License-Identifier: GPL-2.0
/*
 * const struct class throughout the driver core: "driver core: class: make
 * class_register() take a const *" and "driver core: class: mark the struct
 * class for sysfs callbacks as constant" (v6.4).
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 * Checked: 43a7206b0963 and e0afcab9d90d, driver-core series of March 2023.
 */
#include <linux/device.h>

static ssize_t rdmabp_probe_const_show(const struct class *class,
				       const struct class_attribute *attr,
				       char *buf)
{
	return 0;
}

static const struct class rdmabp_probe_const_class = { .name = "rdmabp_probe" };
static const struct class_attribute rdmabp_probe_const_attr =
	__ATTR(probe, 0444, rdmabp_probe_const_show, NULL);

int rdmabp_probe(void)
{
	return class_register(&rdmabp_probe_const_class) ?:
	       class_create_file(&rdmabp_probe_const_class, &rdmabp_probe_const_attr);
}
