// SPDX-License-Identifier: GPL-2.0
/*
 * bus_type.match() gets a const driver: "driver core: have match() callback
 * in struct bus_type take a const *", v6.11 (the subject written here
 * before, driver core: make match() callback take a const pointer to the
 * driver, matches no patch found).
 * Checked: d69d80484598, named so in its Fixes: tags; in driver-core-next
 * after its v6.10-rc4 merge.
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/device.h>

static int rdmabp_probe_match(struct device *dev, const struct device_driver *drv)
{
	return 0;
}

struct bus_type rdmabp_probe = {
	.match = rdmabp_probe_match,
};
