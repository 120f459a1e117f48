// SPDX-License-Identifier: GPL-2.0
/*
 * bus_type.remove() returns void: "bus: Make remove callback return void", v5.15
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 * Checked: fc7a6209d571, v2 posted 2021-07-06 for the driver-core tree
 * (5.15 cycle).
 */
#include <linux/device.h>

static void rdmabp_probe_remove(struct device *dev)
{
}

struct bus_type rdmabp_probe = {
	.remove = rdmabp_probe_remove,
};
