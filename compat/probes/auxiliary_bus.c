// SPDX-License-Identifier: GPL-2.0
/*
 * The auxiliary bus: "driver core: auxiliary bus: Introduce auxiliary bus", v5.11
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/auxiliary_bus.h>

int rdmabp_probe(struct auxiliary_device *auxdev)
{
	return auxiliary_device_init(auxdev);
}
