// SPDX-License-Identifier: GPL-2.0
/*
 * auxiliary_device_sysfs_irq_add(): "driver core: auxiliary bus: show auxiliary device IRQs", v6.10
 * Absent in 6.1.192, present in 6.12.118 (Debian's kernels, by this probe).
 */
#include <linux/auxiliary_bus.h>

int rdmabp_probe(struct auxiliary_device *auxdev, int irq)
{
	return auxiliary_device_sysfs_irq_add(auxdev, irq);
}
