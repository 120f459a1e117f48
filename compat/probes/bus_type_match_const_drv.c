// SPDX-License-Identifier: GPL-2.0
/*
 * bus_type.match() gets a const driver: "driver core: make match() callback take a const pointer to the driver", v6.11
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
